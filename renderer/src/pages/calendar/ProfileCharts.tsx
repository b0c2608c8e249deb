import { Card, Col, Empty, Row, Table } from 'antd';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { ThroughputProfile } from '../../../../shared/contract/calendar';
import type { DayType } from '../../../../shared/domain/dayType';
import { formatPercent, formatQuantity } from '../../../../shared/domain/format';
import { FIGURE_INFO } from '../../../../shared/domain/kpi';
import type { FivePlusTwoFigure } from '../../../../shared/domain/kpi';
import { formatFigure } from './figures';

/** Bar colours of the day types, matching the calendar's tints (darker, to read as bars). */
export const DAY_TYPE_BAR_COLORS: Record<DayType, string> = {
  workday: '#8c8c8c',
  weekend: '#1677ff',
  holiday: '#cf1322',
  makeupWorkday: '#d46b08',
  regionalHoliday: '#c41d7f',
  unknown: '#d4b106',
};


/** Mon–Sun averages, and throughput by day type, of one figure. */
export function ProfileCharts({ profile, figure }: { profile: ThroughputProfile; figure: FivePlusTwoFigure }) {
  const { t } = useTranslation(['calendar', 'domain']);
  const weekdays = profile.weekdays.map((w) => ({ name: t(`weekdayLong.${w.weekday}`), value: w.figures[figure].perRecordedDay, days: w.recordedDays }));
  const byType = profile.dayTypes.map((d) => ({
    key: d.dayType,
    name: t(`domain:dayTypes.${d.dayType}`),
    value: d.figures[figure].perRecordedDay,
    total: d.figures[figure].total,
    share: d.figures[figure].sharePct,
    days: d.days,
    recorded: d.recordedDays,
    open: d.openDays,
  }));
  const tooltip = (value: unknown) => formatFigure(figure, typeof value === 'number' ? value : null);
  // Stored units are kg and 元: ticks go through the same formatter as every figure, units included.
  const axisTick = (v: number) => formatQuantity(FIGURE_INFO[figure].kind, v, { decimals: 1, trimZeros: true });

  if (profile.weekdays.every((w) => w.recordedDays === 0)) {
    return <Empty style={{ marginTop: 16 }} description={t('noRecordedDays')} data-testid="profile-empty" />;
  }

  return (
    <Row gutter={[12, 12]} style={{ marginTop: 16 }}>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('weekdayProfile', { figure: t(`figure.${figure}`) })} data-testid="weekday-profile">
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={weekdays} margin={{ top: 8, right: 8, left: 8, bottom: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" />
              <YAxis tickFormatter={axisTick} width={84} />
              <Tooltip formatter={(v) => [tooltip(v), t('avgPerRecordedDay')]} />
              <Bar dataKey="value" fill="#1f5fa8" isAnimationActive={false}>
                {weekdays.map((w, i) => (
                  <Cell key={w.name} fill={i >= 5 ? DAY_TYPE_BAR_COLORS.weekend : '#1f5fa8'} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('dayTypeProfile', { figure: t(`figure.${figure}`) })} data-testid="day-type-profile">
          <ResponsiveContainer width="100%" height={180}>
            <BarChart data={byType} margin={{ top: 8, right: 8, left: 8, bottom: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" />
              <YAxis tickFormatter={axisTick} width={84} />
              <Tooltip formatter={(v) => [tooltip(v), t('avgPerRecordedDay')]} />
              <Bar dataKey="value" isAnimationActive={false}>
                {byType.map((d) => (
                  <Cell key={d.key} fill={DAY_TYPE_BAR_COLORS[d.key]} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={byType}
            columns={[
              { title: t('dayTypeCol'), dataIndex: 'name' },
              { title: t('daysCol'), render: (_, d) => t('daysRecorded', { days: d.days, recorded: d.recorded }) },
              { title: t('totalCol'), align: 'right', render: (_, d) => formatFigure(figure, d.total) },
              { title: t('shareCol'), align: 'right', render: (_, d) => formatPercent(d.share, { signed: false }) },
              { title: t('avgCol'), align: 'right', render: (_, d) => formatFigure(figure, d.value) },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
