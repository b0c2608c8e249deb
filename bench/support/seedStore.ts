import { openCore, type Core } from '../../electron/core/openCore';
import { writeDays } from '../../electron/core/services/days/dayWriter';
import { sampleDays } from './sampleYears';

export const SAMPLE_PORTS = [
  { name: '吉隆口岸', code: 'GYIRONG' },
  { name: '里孜口岸', code: 'LIZI' },
];

/**
 * A store with `ports` ports (樟木口岸 and the sample ones) and their days from–to, written
 * straight through the core's one writer (writeDays), a year per transaction.
 */
export async function seedStore(dataDir: string, from: string, to: string, ports = 3): Promise<{ portIds: number[] }> {
  const core: Core = await openCore({ dataDir });
  try {
    const portIds = [1];
    for (const p of SAMPLE_PORTS.slice(0, ports - 1)) {
      const r = await core.call('createPort', { ...p }, { actor: null, host: 'cli' });
      if (!r.ok) throw new Error(r.error.message);
      portIds.push((r.value as { id: number }).id);
    }
    for (const [i, portId] of portIds.entries()) {
      const days = sampleDays(from, to, i);
      for (let j = 0; j < days.length; j += 366) {
        await writeDays(core.store, { portId, days: days.slice(j, j + 366), actor: 'bench', source: 'import', now: new Date() });
      }
    }
    return { portIds };
  } finally {
    await core.close();
  }
}
