import type BetterSqlite3 from 'better-sqlite3';

/** What every document that may carry demo figures prints on each page or sheet. */
export const DEMO_LABEL = '含演示数据（虚构）';

/**
 * Whether any figure of these ports between `from` and `to` (inclusive) came from the demo data set:
 * the one question the briefing and the exports ask before they say so. is_demo marks a day holding
 * any demo value (valueSources.ts), so a day a person wrote over in part still counts.
 */
export function periodHoldsDemo(sqlite: BetterSqlite3.Database, q: { portIds: readonly number[]; from: string; to: string }): boolean {
  if (q.portIds.length === 0) return false;
  const ports = q.portIds.map(() => '?').join(', ');
  const row = sqlite
    .prepare(`SELECT EXISTS (SELECT 1 FROM daily_records WHERE is_demo = 1 AND port_id IN (${ports}) AND date BETWEEN ? AND ?) AS found`)
    .get(...q.portIds, q.from, q.to) as { found: number };
  return row.found === 1;
}
