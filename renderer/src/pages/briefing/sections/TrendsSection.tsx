import { useTranslation } from 'react-i18next';
import type { TrendReport } from '../../../../../shared/contract/dashboard';
import { BRIEFING_CONTENT_WIDTH_MM } from '../../../../../shared/domain/briefing/printLayout';
import { GRANULARITY_LABELS } from '../../../../../shared/domain/periods';
import { TrendChart } from '../../../components/charts';

/** The text column in CSS pixels (96 per inch): two charts side by side, a gap between. */
const COLUMN_PX = Math.floor((BRIEFING_CONTENT_WIDTH_MM / 25.4) * 96);
const GAP_PX = 12;
const CHART_WIDTH = Math.floor((COLUMN_PX - GAP_PX) / 2);
const CHART_HEIGHT = 190;

/**
 * The dashboard's trend charts, two to a row, at a fixed size and without animation: drawn in full
 * at once, they look the same on screen and on paper and can be printed as soon as they are there.
 * Last year's line is dashed, so the two read apart in black and white.
 */
export function TrendsSection({ trends }: { trends: TrendReport }) {
  const { t } = useTranslation('briefing');
  return (
    <div data-testid="briefing-trends">
      <div className="bf-charts">
        {trends.series.map((s) => {
          const empty = !s.points.some((p) => p.total !== null);
          return (
            <figure key={s.key} className="bf-chart" data-empty={empty ? 'true' : undefined} style={{ width: CHART_WIDTH }}>
              <figcaption className="bf-chart-title">{t('doc.trends.title', { label: s.label })}</figcaption>
              <TrendChart report={trends} series={s} width={CHART_WIDTH} height={CHART_HEIGHT} isAnimationActive={false} />
            </figure>
          );
        })}
      </div>
      <p className="bf-chart-note">{t('doc.trendNote', { granularity: GRANULARITY_LABELS[trends.granularity] })}</p>
    </div>
  );
}
