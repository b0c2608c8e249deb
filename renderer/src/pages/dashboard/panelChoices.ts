import { CLEARANCE_TIME_KEYS, figureWithParts, type MetricKey } from '../../../../shared/domain/metrics';

/**
 * The trend charts and the figures each can switch between (its total, or one direction). Apart
 * from the charts' code, so that the figures can be asked for before that code is read.
 */
export type PanelId = 'freight' | 'value' | 'persons' | 'vehicles' | 'clearance';

export const TREND_PANELS: readonly { id: PanelId; options: readonly MetricKey[] }[] = [
  { id: 'freight', options: figureWithParts('freightKg') },
  { id: 'value', options: figureWithParts('tradeValueYuan') },
  { id: 'persons', options: figureWithParts('persons') },
  { id: 'vehicles', options: figureWithParts('vehicles') },
  { id: 'clearance', options: CLEARANCE_TIME_KEYS },
];

export type PanelChoice = Record<PanelId, MetricKey>;
export const DEFAULT_PANEL_CHOICE: PanelChoice = Object.fromEntries(TREND_PANELS.map((p) => [p.id, p.options[0]!])) as PanelChoice;

/** The charts' figures in panel order, as the trend request lists them. */
export function panelMetrics(choice: PanelChoice): MetricKey[] {
  return TREND_PANELS.map((p) => choice[p.id]);
}
