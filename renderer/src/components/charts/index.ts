// Charts and KPI pieces shared by the dashboard and the briefing.
export { TrendChart, type TrendChartProps } from './TrendChart';
export { TrendTooltip } from './TrendTooltip';
export { Sparkline, type SparklineProps } from './Sparkline';
export { buildTrendChartModel, PORT_COLORS, CLOSED_COLOR, MARKER_COLOR } from './trendChartModel';
export { KpiCard, KpiCardSkeleton, type KpiCardProps } from '../kpi/KpiCard';
export { ChangeIndicator, GOOD_COLOR, BAD_COLOR, NEUTRAL_COLOR } from '../kpi/ChangeIndicator';
