import type { MetricKey } from '../../../../shared/domain/metrics';

/**
 * The trend charts and the figures each can switch between (its total, or one direction). Apart
 * from the charts' code, so that the figures can be asked for before that code is read.
 */
export type PanelId = 'freight' | 'value' | 'persons' | 'vehicles' | 'clearance';

export const TREND_PANELS: readonly { id: PanelId; options: readonly MetricKey[] }[] = [
  { id: 'freight', options: ['freightKg', 'importFreightKg', 'exportFreightKg'] },
  { id: 'value', options: ['tradeValueYuan', 'importValueYuan', 'exportValueYuan'] },
  { id: 'persons', options: ['persons', 'personsIn', 'personsOut'] },
  { id: 'vehicles', options: ['vehicles', 'vehiclesIn', 'vehiclesOut'] },
  { id: 'clearance', options: ['importClearanceCentihours', 'exportClearanceCentihours'] },
];

export type PanelChoice = Record<PanelId, MetricKey>;
export const DEFAULT_PANEL_CHOICE: PanelChoice = Object.fromEntries(TREND_PANELS.map((p) => [p.id, p.options[0]!])) as PanelChoice;

/** The charts' figures in panel order, as the trend request lists them. */
export function panelMetrics(choice: PanelChoice): MetricKey[] {
  return TREND_PANELS.map((p) => choice[p.id]);
}
