import { datesBetween } from '../../../shared/domain/dates';
import { emptyDayValues, type DayValues } from '../../../shared/domain/dailyFields';

/** Figures and a measure for the briefing's tests, sent to the test host's API as the administrator. */

const CLOSED = new Map([
  ['2025-06-07', '降雪封路'],
  ['2025-06-18', '道路塌方'],
  ['2025-06-19', '道路塌方'],
]);

/** A month of figures: open every day but the closed ones, values growing with `scale`. */
export function month(from: string, to: string, scale: number, closed: Map<string, string> = new Map()) {
  return datesBetween(from, to).map((date, i) => {
    const reason = closed.get(date);
    const values: DayValues = reason
      ? { ...emptyDayValues(), portOpen: false, closureReason: reason }
      : {
          ...emptyDayValues(),
          portOpen: true,
          openCentihours: 1000,
          importValueYuan: Math.round(2_500_000 * scale) + i * 10_000,
          exportValueYuan: Math.round(4_000_000 * scale),
          importFreightKg: Math.round(150_000 * scale),
          exportFreightKg: 210_000,
          personsIn: Math.round(700 * scale) + i,
          personsOut: Math.round(680 * scale),
          vehiclesIn: 45,
          vehiclesOut: 44,
        };
    return { date, values };
  });
}

export async function seed(hostUrl: string, days: { date: string; values: DayValues }[]) {
  const res = await fetch(`${hostUrl}/api/saveDays`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ portId: 1, days, source: 'grid', confirmWarnings: true }),
  });
  const body = (await res.json()) as { ok: boolean; error?: { message: string } };
  if (!body.ok) throw new Error(`seeding failed: ${body.error?.message}`);
}

export async function post(hostUrl: string, method: string, input: unknown) {
  const res = await fetch(`${hostUrl}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
  const body = (await res.json()) as { ok: boolean; value?: { id: number }; error?: { message: string } };
  if (!body.ok) throw new Error(`${method} failed: ${body.error?.message}`);
  return body.value!;
}

/** A measure in force since March, with progress noted in June. */
export async function seedMeasure(hostUrl: string) {
  const m = await post(hostUrl, 'createMeasure', {
    code: 'CS-01',
    title: '农副产品绿色通道',
    category: 'inspection',
    description: '',
    leadUnit: '聂拉木海关',
    partnerUnits: [],
    portIds: [1],
    status: 'inForce',
    startDate: '2025-03-01',
    metrics: [],
    targets: [],
  });
  await post(hostUrl, 'addMeasureProgress', { id: m.id, date: '2025-06-15', note: '优先查验、合格即放已常态化' });
}

export async function seedJuneAndBases(hostUrl: string) {
  await seed(hostUrl, month('2025-06-01', '2025-06-30', 1.2, CLOSED));
  await seed(hostUrl, month('2025-05-01', '2025-05-31', 1.1));
  await seed(hostUrl, month('2024-06-01', '2024-06-30', 1));
}
