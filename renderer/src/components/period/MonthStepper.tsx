import { Button, DatePicker } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { addMonths } from '../../../../shared/domain/dates';

export interface MonthStepperProps {
  /** YYYY-MM */
  month: string;
  onChange(month: string): void;
  /** the last month that may be shown (YYYY-MM): later ones have nothing to enter yet */
  latest?: string;
}

/**
 * 上月 · a month picker · 下月: how every page that shows one month at a time moves between months
 * (the month grid, the 5+2 calendar, the duty roster). Drawn inside the caller's toolbar.
 */
export function MonthStepper({ month, onChange, latest }: MonthStepperProps) {
  const { t } = useTranslation();
  return (
    <>
      <Button icon={<LeftOutlined />} onClick={() => onChange(addMonths(month, -1))}>
        {t('prevMonth')}
      </Button>
      <DatePicker
        picker="month"
        aria-label={t('month')}
        allowClear={false}
        value={dayjs(month + '-01')}
        disabledDate={latest ? (d) => d.format('YYYY-MM') > latest : undefined}
        onChange={(d) => d && onChange(d.format('YYYY-MM'))}
      />
      <Button icon={<RightOutlined />} disabled={latest !== undefined && month >= latest} onClick={() => onChange(addMonths(month, 1))}>
        {t('nextMonth')}
      </Button>
    </>
  );
}
