import { memo } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Port } from '../../../../shared/contract/ports';
import { readingPortOptions } from '../../app/portOptions';

/** The ports to show side by side; at least one stays chosen. */
export const PortCompare = memo(function PortCompare({ ports, value, onChange }: { ports: readonly Port[]; value: number[]; onChange(ids: number[]): void }) {
  const { t } = useTranslation('dashboard');
  return (
    <Select
      mode="multiple"
      aria-label={t('comparePorts')}
      placeholder={t('comparePorts')}
      style={{ minWidth: 200 }}
      value={value}
      options={readingPortOptions(ports)}
      onChange={(ids: number[]) => ids.length > 0 && onChange(ids)}
    />
  );
});
