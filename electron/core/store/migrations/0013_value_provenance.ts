import { sql, type Kysely } from 'kysely';

/**
 * Where each stored value of a day came from. Frozen: once landed this file never changes.
 *
 * daily_records.value_sources: a JSON object from a field of the day (its key in the day's values,
 * "importFreightKg", "portOpen" …) to the source of its stored value: "d" the demo data set, "i<n>"
 * the import recorded as day_imports row n, "i" an import made before imports were recorded. A value
 * without an entry was typed (form, month grid, paste), the common case, so a day typed in stays
 * '{}' and this migration only rewrites days an import or the demo wrote. A blank value has no
 * source: there is nothing there to come from anywhere.
 *
 * One JSON column rather than a side table keyed by record and field: a day is read and written
 * whole, a ten-year import is 100,000 days, and a side table would be a dozen rows for each.
 *
 * is_demo now means "holds at least one demo value": the filter every demo-aware query already uses
 * (central sync, export labels, the demo's own count). Before, writing over a demo day cleared it,
 * and the day's untouched demo figures stayed behind when the demo was removed; such days are found
 * again from their history (first revision written by the demo) and flagged here.
 */
const FIELDS: Readonly<Record<string, string>> = {
  importFreightKg: 'import_freight_kg',
  exportFreightKg: 'export_freight_kg',
  importValueYuan: 'import_value_yuan',
  exportValueYuan: 'export_value_yuan',
  borderTradeYuan: 'border_trade_yuan',
  importDeclarations: 'import_declarations',
  exportDeclarations: 'export_declarations',
  vehiclesIn: 'vehicles_in',
  vehiclesOut: 'vehicles_out',
  personsIn: 'persons_in',
  personsOut: 'persons_out',
  importClearanceCentihours: 'import_clearance_centihours',
  exportClearanceCentihours: 'export_clearance_centihours',
  openCentihours: 'open_centihours',
  portOpen: 'port_open',
  closureReason: 'closure_reason',
  note: 'note',
};

/** A revision's source as a value's source: null for typed. */
function codeOf(source: string): string | null {
  if (source === 'demo') return 'd';
  if (source === 'import') return 'i';
  return null;
}

/** The fields a revision set (first revisions are an object of field → value, edits a list of changes). */
function fieldsSet(changes: string): string[] {
  const parsed = JSON.parse(changes) as { field: string }[] | Record<string, unknown>;
  return Array.isArray(parsed) ? parsed.map((c) => c.field) : Object.keys(parsed);
}

export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE daily_records ADD COLUMN value_sources TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(value_sources))`.execute(db);
  await sql`
    CREATE TABLE day_imports (
      id INTEGER PRIMARY KEY,
      file_name TEXT NOT NULL,
      imported_at TEXT NOT NULL,
      imported_by TEXT NOT NULL
    ) STRICT`.execute(db);

  // Only days the demo or an import wrote have anything but typed values.
  const days = await sql<Record<string, unknown> & { id: number; is_demo: number }>`
    SELECT * FROM daily_records WHERE is_demo = 1
      OR id IN (SELECT record_id FROM daily_record_revisions WHERE source IN ('demo', 'import'))`.execute(db);
  const revisions = await sql<{ record_id: number; source: string; changes: string }>`
    SELECT record_id, source, changes FROM daily_record_revisions
    WHERE record_id IN (SELECT record_id FROM daily_record_revisions WHERE source IN ('demo', 'import'))
    ORDER BY record_id, revision`.execute(db);
  const historyOf = new Map<number, { source: string; changes: string }[]>();
  for (const r of revisions.rows) {
    const list = historyOf.get(r.record_id);
    if (list) list.push(r);
    else historyOf.set(r.record_id, [r]);
  }

  const updates: [number, string, number][] = [];
  for (const day of days.rows) {
    const sources: Record<string, string | null> = {};
    // A demo day never written over has every value from the demo, whatever its history says.
    if (day.is_demo === 1) for (const field of Object.keys(FIELDS)) sources[field] = 'd';
    else for (const r of historyOf.get(day.id) ?? []) for (const field of fieldsSet(r.changes)) sources[field] = codeOf(r.source);
    const kept: Record<string, string> = {};
    for (const [field, column] of Object.entries(FIELDS)) {
      const code = sources[field];
      if (code && day[column] !== null) kept[field] = code;
    }
    updates.push([day.id, JSON.stringify(kept), Object.values(kept).includes('d') ? 1 : 0]);
  }
  // In batches of one statement each: a store with ten imported years has 100,000 such days.
  for (let i = 0; i < updates.length; i += 2000) {
    await sql`
      UPDATE daily_records AS d SET value_sources = json_extract(u.value, '$[1]'), is_demo = json_extract(u.value, '$[2]')
      FROM json_each(${JSON.stringify(updates.slice(i, i + 2000))}) AS u WHERE d.id = json_extract(u.value, '$[0]')`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE day_imports`.execute(db);
  await sql`ALTER TABLE daily_records DROP COLUMN value_sources`.execute(db);
}
