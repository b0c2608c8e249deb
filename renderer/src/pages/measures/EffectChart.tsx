import { CartesianGrid, ComposedChart, Line, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { MetricEffect } from '../../../../shared/contract/measures';
import { COMPARATOR_SYMBOLS } from '../../../../shared/domain/measures/measureTypes';
import { formatMetricValue } from '../../../../shared/domain/measures/effectWords';

/**
 * The daily figure over both windows: the before-window shaded blue, the after-window green, the
 * start date as a red line, each window's mean as a dashed segment, and the target if there is one.
 */
export function EffectChart({ data }: { data: MetricEffect }) {
  const { t } = useTranslation('measures');
  const { effect, chart, metric, target } = data;
  const { before, after } = effect;
  return (
    <div data-testid={`effect-chart-${metric}`} style={{ width: '100%', height: 280 }}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={chart} margin={{ top: 24, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="date" tickFormatter={(d: string) => d.slice(5)} minTickGap={28} />
          <YAxis width={64} tickFormatter={(v: number) => formatMetricValue(metric, v).replace(/\s.*$/, '')} />
          <Tooltip
            labelFormatter={(d) => String(d)}
            formatter={(v) => [typeof v === 'number' ? formatMetricValue(metric, v) : t('noData'), data.label]}
          />
          <ReferenceArea x1={before.from} x2={before.to} fill="#1f5fa8" fillOpacity={0.06} label={{ value: t('chartBefore', { n: effect.windowDays }), position: 'insideTop', fontSize: 12 }} />
          <ReferenceArea x1={after.from} x2={after.to} fill="#389e0d" fillOpacity={0.06} label={{ value: t('chartAfter', { n: effect.windowDays }), position: 'insideTop', fontSize: 12 }} />
          {before.mean !== null && (
            <ReferenceLine segment={[{ x: before.from, y: before.mean }, { x: before.to, y: before.mean }]} stroke="#1f5fa8" strokeDasharray="6 4" strokeWidth={2} />
          )}
          {after.mean !== null && (
            <ReferenceLine segment={[{ x: after.from, y: after.mean }, { x: after.to, y: after.mean }]} stroke="#389e0d" strokeDasharray="6 4" strokeWidth={2} />
          )}
          {target && (
            <ReferenceLine
              y={target.value}
              stroke="#8c8c8c"
              strokeDasharray="2 4"
              label={{ value: t('chartTarget', { cmp: COMPARATOR_SYMBOLS[target.comparator], value: target.value }), position: 'insideTopRight', fontSize: 12 }}
            />
          )}
          <ReferenceLine x={effect.startDate} stroke="#cf1322" strokeWidth={2} label={{ value: t('chartStart', { date: effect.startDate }), position: 'top', fill: '#cf1322', fontSize: 12 }} />
          <Line type="linear" dataKey="value" stroke="#595959" strokeWidth={1.2} dot={false} connectNulls={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
