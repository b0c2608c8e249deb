import { Button, DatePicker, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { monthPeriod, quarterContaining, rangePeriod, yearPeriod, ytdPeriod, type Period, type PeriodKind } from '../../../../shared/domain/periods';

type PickedKind = Exclude<PeriodKind, 'week'>;
const KINDS: readonly PickedKind[] = ['month', 'quarter', 'year', 'ytd', 'range'];

/** A period the same way the dashboard offers it: month, quarter, year, 1–N月累计, or any range. */
export function PeriodPicker({
  value,
  onChange,
  recordedSpan,
}: {
  value: Period;
  onChange(p: Period): void;
  recordedSpan: { from: string; to: string } | null;
}) {
  const { t } = useTranslation('calendar');
  const kind: PickedKind = value.kind === 'week' ? 'range' : value.kind;

  const fromDay = (k: PickedKind, d: Dayjs): Period => {
    const date = d.format('YYYY-MM-DD');
    switch (k) {
      case 'month':
        return monthPeriod(date.slice(0, 7));
      case 'quarter':
        return quarterContaining(date);
      case 'year':
        return yearPeriod(d.year());
      case 'ytd':
        return ytdPeriod(d.year(), d.month() + 1);
      case 'range':
        return rangePeriod(value.from, value.to);
    }
  };

  const picker = kind === 'month' || kind === 'ytd' ? 'month' : kind === 'quarter' ? 'quarter' : 'year';

  return (
    <Space wrap>
      <Select<PickedKind>
        aria-label={t('periodKind')}
        style={{ width: 130 }}
        value={kind}
        options={KINDS.map((k) => ({ value: k, label: t(`periodKinds.${k}`) }))}
        onChange={(k) => onChange(fromDay(k, dayjs(value.to)))}
      />
      {kind === 'range' ? (
        <DatePicker.RangePicker
          aria-label={t('periodRange')}
          allowClear={false}
          value={[dayjs(value.from), dayjs(value.to)]}
          onChange={(r) => r?.[0] && r[1] && onChange(rangePeriod(r[0].format('YYYY-MM-DD'), r[1].format('YYYY-MM-DD')))}
        />
      ) : (
        <DatePicker
          picker={picker}
          aria-label={t('periodValue')}
          allowClear={false}
          value={dayjs(value.to)}
          onChange={(d) => d && onChange(fromDay(kind, d))}
        />
      )}
      {recordedSpan && (
        <Button onClick={() => onChange(rangePeriod(recordedSpan.from, recordedSpan.to))}>{t('allRecorded')}</Button>
      )}
    </Space>
  );
}
