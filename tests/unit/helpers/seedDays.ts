import { datesBetween } from '../../../shared/domain/dates';
import { emptyDayValues, type DayValues } from '../../../shared/domain/dailyFields';
import { MAX_DAYS_PER_SAVE } from '../../../shared/contract/days';
import type { TestCore } from './tempCore';

export type DaySeed = [date: string, values: Partial<DayValues>];

/** Saves days through the contract (saveDays, in batches), range warnings confirmed. */
export async function seedDays(core: TestCore, portId: number, days: readonly DaySeed[]): Promise<void> {
  for (let i = 0; i < days.length; i += MAX_DAYS_PER_SAVE) {
    const batch = days.slice(i, i + MAX_DAYS_PER_SAVE).map(([date, v]) => ({ date, values: { ...emptyDayValues(), ...v } }));
    await core.ok('saveDays', { portId, days: batch, source: 'grid', confirmWarnings: true });
  }
}

/** The same values (or values made from the date) on every day from `from` to `to`. */
export function everyDay(from: string, to: string, values: Partial<DayValues> | ((date: string, i: number) => Partial<DayValues>)): DaySeed[] {
  return datesBetween(from, to).map((d, i) => [d, typeof values === 'function' ? values(d, i) : values]);
}
