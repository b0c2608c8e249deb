import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { BriefingTrends, BriefingTrendSeries } from '../../../../../shared/contract/briefing';
import { formatChineseNumber } from '../../../../../shared/domain/format';

/** Stored units → what the axis reads (元 grouped as 万/亿, kg as 吨). */
const AXIS: Partial<Record<BriefingTrendSeries['kind'], { unit: string; scale: number }>> = {
  yuan: { unit: '元', scale: 1 },
  kg: { unit: '吨', scale: 1000 },
  persons: { unit: '人次', scale: 1 },
  vehicles: { unit: '辆次', scale: 1 },
  declarations: { unit: '份', scale: 1 },
};

/**
 * The trend charts of the briefing: drawn without animation at a fixed size so the printed page
 * holds finished charts; this period solid, the same period last year dashed (legible in black and white).
 */
function TrendChart({ series }: { series: BriefingTrendSeries }) {
  const { t } = useTranslation('briefing');
  const axis = AXIS[series.kind] ?? { unit: '', scale: 1 };
  const data = series.points.map((p) => ({
    label: p.label,
    value: p.value === null ? null : p.value / axis.scale,
    lastYear: p.lastYear === null ? null : p.lastYear / axis.scale,
  }));
  return (
    <figure className="bf-chart" data-empty={data.every((d) => d.value === null) ? 'true' : 'false'}>
      <figcaption className="bf-chart-title">
        {series.label}
        {axis.unit ? `（${axis.unit}）` : ''}
      </figcaption>
      <LineChart width={310} height={160} data={data} margin={{ top: 6, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="#ddd" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 9 }} interval="preserveStartEnd" minTickGap={12} />
        <YAxis tick={{ fontSize: 9 }} width={44} tickFormatter={(v: number) => formatChineseNumber(v, { decimals: 1, trimZeros: true })} />
        <Line type="monotone" dataKey="value" name={t('doc.trendThisPeriod')} stroke="#1f3f6e" strokeWidth={1.6} dot={false} isAnimationActive={false} connectNulls />
        <Line type="monotone" dataKey="lastYear" name={t('doc.trendLastYear')} stroke="#888" strokeDasharray="4 3" strokeWidth={1.2} dot={false} isAnimationActive={false} connectNulls />
      </LineChart>
    </figure>
  );
}

export function TrendsSection({ trends }: { trends: BriefingTrends }) {
  const { t } = useTranslation('briefing');
  return (
    <div>
      <p className="bf-chart-note">{t('doc.trendNote', { granularity: trends.granularityLabel })}</p>
      <div className="bf-charts">
        {trends.series.map((s) => (
          <TrendChart key={s.key} series={s} />
        ))}
      </div>
    </div>
  );
}
