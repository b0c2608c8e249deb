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
import { canStepForward, stepPeriod, switchKind } from './dashboardState';

const KIND_ORDER: readonly PeriodKind[] = ['week', 'month', 'quarter', 'year', 'ytd', 'range'];

export interface PeriodPickerProps {
  value: Period;
  today: string;
  onChange(p: Period): void;
}

const iso = (d: Dayjs) => d.format('YYYY-MM-DD');

/**
 * Week, month, quarter, year, 1–N月累计 or any range; arrows step to the period before or after.
 * Days after today cannot be picked: they have no figures yet.
 */
export const PeriodPicker = memo(function PeriodPicker({ value, today, onChange }: PeriodPickerProps) {
  const { t } = useTranslation('dashboard');
  const disabledDate = (d: Dayjs) => iso(d) > today;
  const picked = dayjs(value.kind === 'range' ? value.from : value.to);

  const picker = (() => {
    switch (value.kind) {
      case 'week':
        return <DatePicker picker="week" aria-label={t('pickWeek')} value={picked} allowClear={false} disabledDate={disabledDate} onChange={(d) => d && onChange(weekContaining(iso(d)))} />;
      case 'month':
        return <DatePicker picker="month" aria-label={t('pickMonth')} value={picked} allowClear={false} disabledDate={disabledDate} onChange={(d) => d && onChange(monthContaining(iso(d)))} />;
      case 'quarter':
        return <DatePicker picker="quarter" aria-label={t('pickQuarter')} value={picked} allowClear={false} disabledDate={disabledDate} onChange={(d) => d && onChange(periodContaining('quarter', iso(d)))} />;
      case 'year':
        return <DatePicker picker="year" aria-label={t('pickYear')} value={picked} allowClear={false} disabledDate={disabledDate} onChange={(d) => d && onChange(periodContaining('year', iso(d)))} />;
      case 'ytd':
        return (
          <DatePicker
            picker="month"
            aria-label={t('pickYtdMonth')}
            format={(d) => t('ytdThrough', { year: d.year(), month: d.month() + 1 })}
            value={picked}
            allowClear={false}
            disabledDate={disabledDate}
            onChange={(d) => d && onChange(ytdPeriod(d.year(), d.month() + 1))}
          />
        );
      case 'range':
        return (
          <DatePicker.RangePicker
            aria-label={t('pickRange')}
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
        aria-label={t('periodKind')}
        value={value.kind}
        options={KIND_ORDER.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        onChange={(k) => onChange(switchKind(k as PeriodKind, value, today))}
      />
      <Button icon={<LeftOutlined />} aria-label={t('prevPeriod')} title={t('prevPeriod')} onClick={() => onChange(stepPeriod(value, -1))} />
      {picker}
      <Button icon={<RightOutlined />} aria-label={t('nextPeriod')} title={t('nextPeriod')} disabled={!canStepForward(value, today)} onClick={() => onChange(stepPeriod(value, 1))} />
    </Space>
  );
});
