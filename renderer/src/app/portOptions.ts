import type { Port } from '../../../shared/contract/ports';

export const DISABLED_PORT_MARK = '（已停用）';

/** A port's name where figures are read: a disabled port is marked, its history still counts. */
export function portLabel(port: Port): string {
  return port.disabledAt ? `${port.name}${DISABLED_PORT_MARK}` : port.name;
}

export function isPortDisabled(ports: readonly Port[], id: number | null): boolean {
  return Boolean(ports.find((p) => p.id === id)?.disabledAt);
}

export interface PortOption {
  value: number;
  label: string;
}

/** A picker where figures are read (dashboard, briefing, export …): every port, disabled ones marked. */
export function readingPortOptions(ports: readonly Port[]): PortOption[] {
  return ports.map((p) => ({ value: p.id, label: portLabel(p) }));
}

/**
 * A picker where figures are entered: ports in use only. A disabled port already chosen stays,
 * marked, so the picker says what is chosen (the page says it takes nothing new) instead of a bare id.
 */
export function entryPortOptions(ports: readonly Port[], chosen: number | null = null): PortOption[] {
  return ports.filter((p) => !p.disabledAt || p.id === chosen).map((p) => ({ value: p.id, label: portLabel(p) }));
}
