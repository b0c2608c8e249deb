import type { ReactNode } from 'react';
import { formatPercent } from '../../../../shared/domain/format';
import { isImprovement, type MetricKey } from '../../../../shared/domain/metrics';
import './kpi.css';

export const GOOD_COLOR = '#389e0d';
export const BAD_COLOR = '#cf1322';
export const NEUTRAL_COLOR = '#8c8c8c';

export interface ChangeIndicatorProps {
  metric: MetricKey;
  /** "同比" or "环比" */
  label: string;
  pct: number | null;
  /** what the change is against, shown on hover and keyboard focus: "上年同期（2024年6月）：9.60 万吨" */
  comparison?: ReactNode;
  /** the change withheld for an incomplete base: its label ("基期数据不全") instead of a figure, why on hover */
  withheld?: { label: string; reason: string } | null;
  testId?: string;
}

/**
 * A change with its arrow, sign and colour. The colour says whether it is good news for that
 * figure (green), bad (red) or neither (grey): more freight is good, a longer clearance time is not.
 * Without a base the change is "—"; with an incomplete one it is withheld, in grey, with the reason
 * on hover.
 *
 * The comparison pops up from CSS alone (hover or focus): a card row holds 26 of these, and a
 * tooltip component for each would cost more to draw than the figures themselves.
 */
export function ChangeIndicator({ metric, label, pct, comparison, withheld, testId }: ChangeIndicatorProps) {
  if (withheld) {
    return (
      <span className="change-indicator" data-testid={testId} data-withheld="true" tabIndex={0} style={{ color: NEUTRAL_COLOR }}>
        <span className="change-indicator-label">{label}</span>
        <span className="change-indicator-value">{withheld.label}</span>
        <span className="change-indicator-tip" role="tooltip">
          {withheld.reason}
          {comparison && <div>{comparison}</div>}
        </span>
      </span>
    );
  }
  const good = isImprovement(metric, pct);
  const color = good === null ? NEUTRAL_COLOR : good ? GOOD_COLOR : BAD_COLOR;
  const rounded = pct === null ? null : Number(pct.toFixed(1));
  // Plain arrows rather than icon components: a card row draws 26 of these on every period change.
  const arrow = rounded === null || rounded === 0 ? '–' : rounded > 0 ? '↑' : '↓';
  return (
    <span className="change-indicator" data-testid={testId} tabIndex={comparison ? 0 : undefined} style={{ color }}>
      <span className="change-indicator-label">{label}</span>
      {pct !== null && (
        <span className="change-indicator-arrow" aria-hidden="true">
          {arrow}
        </span>
      )}
      <span className="change-indicator-value">{formatPercent(pct)}</span>
      {comparison && (
        <span className="change-indicator-tip" role="tooltip">
          {comparison}
        </span>
      )}
    </span>
  );
}
