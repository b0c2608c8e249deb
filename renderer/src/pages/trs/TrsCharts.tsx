import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { Typography } from 'antd';
import type { TrsReport } from '../../../../shared/contract/trs';
import { DIRECTION_LABELS } from '../../../../shared/domain/trs/declarationRow';
import { SEQUENTIAL_STAGES, TRS_STAGE_LABELS } from '../../../../shared/domain/trs/stages';

const STAGE_COLORS = ['#91caff', '#1677ff', '#003eb3'];
const DIRECTION_COLORS = { import: '#1677ff', export: '#d46b08' } as const;
const hours = (minutes: number | null) => (minutes === null ? null : Math.round(minutes / 0.6) / 100);
const hoursLabel = (v: unknown) => (typeof v === 'number' ? `${v.toFixed(2)} 小时` : '—');

/** Mean hours of the three consecutive stages, stacked per direction: where the whole goes. */
export function StageBars({ report }: { report: TrsReport }) {
  const { t } = useTranslation('trs');
  const data = (['import', 'export'] as const).map((direction) => {
    const stages = report.groups.find((g) => g.direction === direction && g.inspection === 'all')!.stages;
    return { name: DIRECTION_LABELS[direction], ...Object.fromEntries(SEQUENTIAL_STAGES.map((s) => [s, hours(stages[s].mean)])) };
  });
  return (
    <div data-testid="trs-stage-bars">
      <ResponsiveContainer width="100%" height={200}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, left: 8, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" unit="h" />
          <YAxis type="category" dataKey="name" width={40} />
          <Tooltip formatter={hoursLabel} />
          <Legend />
          {SEQUENTIAL_STAGES.map((s, i) => (
            <Bar key={s} dataKey={s} name={TRS_STAGE_LABELS[s]} stackId="stages" fill={STAGE_COLORS[i]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <Typography.Text type="secondary">{t('stageBarsNote')}</Typography.Text>
    </div>
  );
}

/** How many declarations took 0–1 h, 1–2 h … 72 h and more, import and export side by side. */
export function HistogramChart({ report }: { report: TrsReport }) {
  const edges = report.histogram.edgesHours;
  const data = edges.map((lo, i) => ({
    bin: i === edges.length - 1 ? `≥${lo}h` : `${lo}–${edges[i + 1]}h`,
    import: report.histogram.import[i],
    export: report.histogram.export[i],
  }));
  return (
    <div data-testid="trs-histogram">
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={data} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="bin" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          {(['import', 'export'] as const).map((d) => (
            <Bar key={d} dataKey={d} name={DIRECTION_LABELS[d]} fill={DIRECTION_COLORS[d]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Median and P90 of the whole, per bucket and direction: a tail that grows shows before the median moves. */
export function TrendChartPanel({ report }: { report: TrsReport }) {
  const { t } = useTranslation('trs');
  const data = report.trend.points.map((p) => ({
    bucket: p.bucketStart,
    importMedian: hours(p.import.median),
    importP90: hours(p.import.p90),
    exportMedian: hours(p.export.median),
    exportP90: hours(p.export.p90),
  }));
  return (
    <div data-testid="trs-trend">
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={data} margin={{ top: 8, right: 16, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="bucket" />
          <YAxis unit="h" />
          <Tooltip formatter={hoursLabel} />
          <Legend />
          {(['import', 'export'] as const).flatMap((d) => [
            <Line key={`${d}Median`} dataKey={`${d}Median`} name={`${DIRECTION_LABELS[d]}${t('median')}`} stroke={DIRECTION_COLORS[d]} dot={false} connectNulls isAnimationActive={false} />,
            <Line key={`${d}P90`} dataKey={`${d}P90`} name={`${DIRECTION_LABELS[d]} ${t('p90')}`} stroke={DIRECTION_COLORS[d]} strokeDasharray="5 4" dot={false} connectNulls isAnimationActive={false} />,
          ])}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
