import { useState } from 'react';
import { Button, Segmented, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayInShanghai } from '../../../../shared/domain/dates';
import { lastCompleteYtd, periodLabel, rangePeriod, samePeriodLastYear, type Period, type PeriodKind } from '../../../../shared/domain/periods';
import type { FivePlusTwoFigure } from '../../../../shared/domain/kpi';
import { BeforeAfter } from './BeforeAfter';
import { FIGURE_OPTIONS } from './figures';
import { FivePlusTwoCards } from './FivePlusTwoCards';
import { LoadError, Loading, UncoveredNotice } from './Notices';
import { PeriodPicker } from '../../components/period/PeriodPicker';
import { ProfileCharts } from './ProfileCharts';
import { useApiQuery } from '../../api/queries';

/** The bulletin's periods: a week is too short to say anything about rest days. */
const FIVE_PLUS_TWO_KINDS: readonly PeriodKind[] = ['month', 'quarter', 'year', 'ytd', 'range'];

/** The 5+2 figures of a period with 同比, before/after the effective date, and the throughput profile. */
export function FivePlusTwoPanel({ portId, figure, onFigure }: { portId: number; figure: FivePlusTwoFigure; onFigure(f: FivePlusTwoFigure): void }) {
  const { t } = useTranslation('calendar');
  // The bulletin's default: 1 January to the end of the last complete month.
  const today = todayInShanghai();
  const [period, setPeriod] = useState<Period>(() => lastCompleteYtd(today));
  const report = useApiQuery('getFivePlusTwo', { portId, kind: period.kind, from: period.from, to: period.to });
  const profile = useApiQuery('getThroughputProfile', { portId, from: period.from, to: period.to });
  const recordedSpan = report.data?.recordedSpan ?? null;
  const current = report.data && report.data.period.from === period.from && report.data.period.to === period.to ? report.data : null;

  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }} className="no-print">
        <PeriodPicker value={period} today={today} kinds={FIVE_PLUS_TWO_KINDS} onChange={setPeriod} />
        {recordedSpan && <Button onClick={() => setPeriod(rangePeriod(recordedSpan.from, recordedSpan.to))}>{t('allRecorded')}</Button>}
        <Loading loading={report.loading || profile.loading} />
      </Space>
      <Typography.Title level={5} style={{ marginTop: 0 }} data-testid="period-label">
        {current
          ? t('periodTitle', { period: current.compared.label, lastYear: current.compared.lastYearLabel })
          : t('periodTitle', { period: periodLabel(period), lastYear: periodLabel(samePeriodLastYear(period)) })}
      </Typography.Title>
      <LoadError error={report.error} onRetry={report.reload} />
      <UncoveredNotice notice={current?.notice} />
      {current && (
        <>
          <FivePlusTwoCards report={current} />
          <BeforeAfter report={current} onSettingsChanged={report.reload} />
        </>
      )}
      <Space style={{ marginTop: 16 }} className="no-print">
        <span>{t('chartFigure')}</span>
        <Segmented<FivePlusTwoFigure> value={figure} onChange={onFigure} options={FIGURE_OPTIONS.map((f) => ({ value: f, label: t(`figure.${f}`) }))} />
      </Space>
      <LoadError error={profile.error} onRetry={profile.reload} />
      {profile.data && <ProfileCharts profile={profile.data} figure={figure} />}
    </div>
  );
}
