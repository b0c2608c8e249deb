import { memo } from 'react';
import { Checkbox, Segmented, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { GRANULARITY_LABELS, type Granularity } from '../../../../shared/domain/periods';
import { CHART_RANGES, GRANULARITY_CHOICES, type ChartRange, type DashboardState } from './dashboardState';

export interface TrendControlsProps {
  chartRange: ChartRange;
  /** null: automatic */
  granularity: Granularity | null;
  /** what "automatic" currently means, for its label */
  autoGranularity: Granularity | null;
  lastYear: boolean;
  onChange(change: Partial<Pick<DashboardState, 'chartRange' | 'granularity' | 'lastYear'>>): void;
}

/** How far back the trend charts reach, their bucket size, and last year's overlay. */
export const TrendControls = memo(function TrendControls({ chartRange, granularity, autoGranularity, lastYear, onChange }: TrendControlsProps) {
  const { t } = useTranslation('dashboard');
  return (
    <Space wrap className="no-print">
      <Segmented
        size="small"
        aria-label={t('chartRange')}
        value={chartRange}
        options={CHART_RANGES.map((r) => ({ value: r, label: t(`ranges.${r}`) }))}
        // a new reach gets its own automatic bucket size
        onChange={(r) => onChange({ chartRange: r as ChartRange, granularity: null })}
      />
      <Select
        size="small"
        aria-label={t('granularity')}
        style={{ width: 140 }}
        value={granularity ?? 'auto'}
        options={[
          { value: 'auto', label: autoGranularity ? t('autoGranularity', { g: GRANULARITY_LABELS[autoGranularity] }) : t('auto') },
          ...GRANULARITY_CHOICES.map((g) => ({ value: g, label: GRANULARITY_LABELS[g] })),
        ]}
        onChange={(g: string) => onChange({ granularity: g === 'auto' ? null : (g as Granularity) })}
      />
      <Checkbox checked={lastYear} onChange={(e) => onChange({ lastYear: e.target.checked })}>
        {t('showLastYear')}
      </Checkbox>
    </Space>
  );
});
