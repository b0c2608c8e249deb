import { memo } from 'react';
import { Button, DatePicker, Segmented, Space } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  monthContaining,
  periodContaining,
  rangePeriod,
  weekContaining,
  ytdPeriod,
  type Period,
  type PeriodKind,
} from '../../../../shared/domain/periods';
import { canStepForward, stepPeriod, switchKind } from './periodSteps';

export const ALL_PERIOD_KINDS: readonly PeriodKind[] = ['week', 'month', 'quarter', 'year', 'ytd', 'range'];

export interface PeriodPickerProps {
  value: Period;
  today: string;
  onChange(p: Period): void;
  /** the kinds offered, in this order (a period of another kind shows as its range) */
  kinds?: readonly PeriodKind[];
}

const iso = (d: Dayjs) => d.format('YYYY-MM-DD');

/**
 * Week, month, quarter, year, 1–N月累计 or any range; arrows step to the period before or after.
 * Days after today cannot be picked: they have no figures yet. The one period control of the
 * dashboard and the 5+2 figures.
 */
export const PeriodPicker = memo(function PeriodPicker({ value, today, onChange, kinds = ALL_PERIOD_KINDS }: PeriodPickerProps) {
  const { t } = useTranslation();
  const disabledDate = (d: Dayjs) => iso(d) > today;
  const kind: PeriodKind = kinds.includes(value.kind) ? value.kind : 'range';
  const picked = dayjs(kind === 'range' ? value.from : value.to);

  const picker = (() => {
    switch (kind) {
      case 'week':
        return <DatePicker picker="week" aria-label={t('period.pickWeek')} value={picked} allowClear={false} disabledDate={disabledDate} onChange={(d) => d && onChange(weekContaining(iso(d)))} />;
      case 'month':
        return <DatePicker picker="month" aria-label={t('period.pickMonth')} value={picked} allowClear={false} disabledDate={disabledDate} onChange={(d) => d && onChange(monthContaining(iso(d)))} />;
      case 'quarter':
        return <DatePicker picker="quarter" aria-label={t('period.pickQuarter')} value={picked} allowClear={false} disabledDate={disabledDate} onChange={(d) => d && onChange(periodContaining('quarter', iso(d)))} />;
      case 'year':
        return <DatePicker picker="year" aria-label={t('period.pickYear')} value={picked} allowClear={false} disabledDate={disabledDate} onChange={(d) => d && onChange(periodContaining('year', iso(d)))} />;
      case 'ytd':
        return (
          <DatePicker
            picker="month"
            aria-label={t('period.pickYtdMonth')}
            format={(d) => t('period.ytdThrough', { year: d.year(), month: d.month() + 1 })}
            value={picked}
            allowClear={false}
            disabledDate={disabledDate}
            onChange={(d) => d && onChange(ytdPeriod(d.year(), d.month() + 1))}
          />
        );
      case 'range':
        return (
          <DatePicker.RangePicker
            aria-label={t('period.pickRange')}
            value={[dayjs(value.from), dayjs(value.to)]}
            allowClear={false}
            disabledDate={disabledDate}
            onChange={(r) => r?.[0] && r[1] && onChange(rangePeriod(iso(r[0]), iso(r[1])))}
          />
        );
    }
  })();

  return (
    <Space wrap data-testid="period-picker">
      <Segmented
        aria-label={t('period.kind')}
        value={kind}
        options={kinds.map((k) => ({ value: k, label: t(`period.kinds.${k}`) }))}
        onChange={(k) => onChange(switchKind(k as PeriodKind, value, today))}
      />
      <Button icon={<LeftOutlined />} aria-label={t('period.prev')} title={t('period.prev')} onClick={() => onChange(stepPeriod(value, -1))} />
      {picker}
      <Button icon={<RightOutlined />} aria-label={t('period.next')} title={t('period.next')} disabled={!canStepForward(value, today)} onClick={() => onChange(stepPeriod(value, 1))} />
    </Space>
  );
});
