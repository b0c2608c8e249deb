import { CartesianGrid, ComposedChart, Legend, Line, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { MetricEffect } from '../../../../shared/contract/measures';
import { COMPARATOR_SYMBOLS } from '../../../../shared/domain/measures/measureTypes';
import { formatMetricValue } from '../../../../shared/domain/measures/effectWords';

const THIS_YEAR = '#1f5fa8';
const YEAR_EARLIER = '#8c8c8c';

/**
 * The four windows the comparison rests on, on one chart: this year's daily figure (solid) and the
 * same days a year earlier (dashed), both placed by their distance from the start date, so an
 * official sees at a glance whether the rise after the start also happened a year before. Each
 * window's mean is a flat segment in its line's colour.
 */
export function EffectChart({ data }: { data: MetricEffect }) {
  const { t } = useTranslation('measures');
  const { effect, chart, metric, target } = data;
  const n = effect.windowDays;
  const first = chart[0];
  const last = chart.at(-1);
  const means = [
    { w: effect.before, from: -n, to: -1, colour: THIS_YEAR },
    { w: effect.after, from: 0, to: n - 1, colour: THIS_YEAR },
    { w: effect.yearEarlierBefore, from: -n, to: -1, colour: YEAR_EARLIER },
    { w: effect.yearEarlierAfter, from: 0, to: n - 1, colour: YEAR_EARLIER },
  ];
  const byOffset = new Map(chart.map((p) => [p.offset, p]));
  return (
    <div data-testid={`effect-chart-${metric}`} style={{ width: '100%', height: 300 }}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={chart} margin={{ top: 24, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="offset" type="number" domain={[-n, n - 1]} tickFormatter={(o: number) => `${o > 0 ? '+' : ''}${o}`} allowDecimals={false} />
          <YAxis width={64} tickFormatter={(v: number) => formatMetricValue(metric, v).replace(/\s.*$/, '')} />
          <Tooltip
            labelFormatter={(o) => {
              const p = byOffset.get(Number(o));
              return p ? `${t('chartOffset', { n: p.offset })}：${p.date} / ${p.yearEarlierDate}` : String(o);
            }}
            formatter={(v, name) => [typeof v === 'number' ? formatMetricValue(metric, v) : t('noData'), name]}
          />
          <Legend verticalAlign="bottom" height={24} />
          <ReferenceArea x1={-n} x2={-1} fill={THIS_YEAR} fillOpacity={0.04} label={{ value: t('chartBefore', { n }), position: 'insideTop', fontSize: 12 }} />
          <ReferenceArea x1={0} x2={n - 1} fill="#389e0d" fillOpacity={0.05} label={{ value: t('chartAfter', { n }), position: 'insideTop', fontSize: 12 }} />
          {means.map(({ w, from, to, colour }) =>
            w.mean === null ? null : (
              <ReferenceLine key={`${w.from}`} segment={[{ x: from, y: w.mean }, { x: to, y: w.mean }]} stroke={colour} strokeDasharray="6 4" strokeWidth={2} />
            ),
          )}
          {target && (
            <ReferenceLine
              y={target.value}
              stroke="#bfbfbf"
              strokeDasharray="2 4"
              label={{ value: t('chartTarget', { cmp: COMPARATOR_SYMBOLS[target.comparator], value: target.value }), position: 'insideTopRight', fontSize: 12 }}
            />
          )}
          <ReferenceLine x={0} stroke="#cf1322" strokeWidth={2} label={{ value: t('chartStart', { date: effect.startDate }), position: 'top', fill: '#cf1322', fontSize: 12 }} />
          <Line
            type="linear"
            dataKey="yearEarlierValue"
            name={t('chartYearEarlier', { from: first?.yearEarlierDate ?? '', to: last?.yearEarlierDate ?? '' })}
            stroke={YEAR_EARLIER}
            strokeDasharray="4 3"
            strokeWidth={1}
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="value"
            name={t('chartThisYear', { from: first?.date ?? '', to: last?.date ?? '' })}
            stroke={THIS_YEAR}
            strokeWidth={1.2}
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
