import type { Port } from '../../../../../shared/contract/ports';

function key(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** Ports by the name or code written in a file, compared the way a person reads them (width, spaces, case). */
export function createPortLookup(ports: readonly Port[]): (written: string) => Port | null {
  const byKey = new Map<string, Port>();
  for (const p of ports) byKey.set(key(p.code), p);
  // Names win over codes should one port's code be another's name.
  for (const p of ports) byKey.set(key(p.name), p);
  return (written) => byKey.get(key(written)) ?? null;
}
