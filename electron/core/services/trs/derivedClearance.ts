import type BetterSqlite3 from 'better-sqlite3';
import type { ClearanceSources } from '../../../../shared/contract/trs';
import type { NumericFieldKey } from '../../../../shared/domain/dailyFields';
import type { Direction } from '../../../../shared/domain/trs/declarationRow';

/**
 * A day's 整体通关时间 derived from its declarations: the mean whole time of the declarations of that
 * port lodged (申报) that day, in hundredths of an hour. Where a day has such declarations this
 * figure is used instead of the one a clerk typed; where it has none, the typed figure stands.
 * The dashboard's sums read a day's clearance times through these expressions (aggregateDays.ts).
 */
function derivedSql(direction: Direction): string {
  // trs_daily holds each day's count and sum (kept by triggers): one key lookup per day.
  return `(SELECT CAST(round(t.whole_sum_min * 5.0 / 3 / t.whole_count) AS INTEGER) FROM trs_daily t
    WHERE t.port_id = daily_records.port_id AND t.date = daily_records.date AND t.direction = '${direction}' AND t.whole_count > 0)`;
}

export const CLEARANCE_VALUE_SQL: Partial<Record<NumericFieldKey, string>> = {
  importClearanceCentihours: `coalesce(${derivedSql('import')}, import_clearance_centihours)`,
  exportClearanceCentihours: `coalesce(${derivedSql('export')}, export_clearance_centihours)`,
};

const COUNT_SQL = `
  SELECT t.direction, count(*) AS days, total(t.whole_count) AS declarations FROM trs_daily t
  WHERE t.port_id IN (SELECT value FROM json_each(:portIds)) AND t.date BETWEEN :from AND :to AND t.whole_count > 0
    AND EXISTS (SELECT 1 FROM daily_records d WHERE d.port_id = t.port_id AND d.date = t.date)
  GROUP BY t.direction`;

/** Port-days that keep their typed figure: typed, and no declaration to derive one from. */
const typedSql = (direction: Direction) => `count(CASE WHEN ${direction}_clearance_centihours IS NOT NULL AND ${derivedSql(direction)} IS NULL THEN 1 END)`;
const TYPED_SQL = `
  SELECT ${typedSql('import')} AS import, ${typedSql('export')} AS export FROM daily_records
  WHERE port_id IN (SELECT value FROM json_each(:portIds)) AND date BETWEEN :from AND :to`;

/**
 * Where a period's clearance times come from: the port-days derived from declarations (and how
 * many declarations), and the port-days that keep a typed figure.
 */
export function clearanceSources(sqlite: BetterSqlite3.Database, args: { portIds: readonly number[]; from: string; to: string }): ClearanceSources {
  const params = { portIds: JSON.stringify(args.portIds), from: args.from, to: args.to };
  const derived = sqlite.prepare(COUNT_SQL).all(params) as { direction: Direction; days: number; declarations: number }[];
  const typed = sqlite.prepare(TYPED_SQL).get(params) as Record<Direction, number>;
  const of = (direction: Direction) => {
    const d = derived.find((r) => r.direction === direction);
    return { derivedDays: d?.days ?? 0, declarations: d?.declarations ?? 0, typedDays: typed[direction] };
  };
  return { import: of('import'), export: of('export') };
}
