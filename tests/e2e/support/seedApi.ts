import { emptyDayValues, type DayValues } from '../../../shared/domain/dailyFields';
import type { RunningHost } from './webHost';

/** Calls a contract method over the host's HTTP API, failing on an error result. */
export async function callApi<T = unknown>(host: RunningHost, method: string, input: unknown): Promise<T> {
  const res = await fetch(`${host.url}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
  const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value as T;
}

/** Saves days through the contract (saveDays), in batches, range warnings confirmed. */
export async function seedDays(host: RunningHost, portId: number, days: { date: string; values: Partial<DayValues> }[]): Promise<void> {
  for (let i = 0; i < days.length; i += 400) {
    const batch = days.slice(i, i + 400).map((d) => ({ date: d.date, values: { ...emptyDayValues(), ...d.values } }));
    await callApi(host, 'saveDays', { portId, days: batch, source: 'grid', confirmWarnings: true });
  }
}
