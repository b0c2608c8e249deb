import type BetterSqlite3 from 'better-sqlite3';
import type { Direction } from '../../../../shared/domain/trs/declarationRow';
import { stageMinutes, type DeclarationStamps } from '../../../../shared/domain/trs/stages';
import { stampDate } from '../../../../shared/domain/trs/stampCell';

/** A declaration as the store keeps it: its port resolved, no names of people or firms. */
export interface StoredDeclaration {
  portId: number;
  declarationNo: string;
  direction: Direction;
  inspected: boolean;
  stamps: DeclarationStamps;
}

const STAMP_COLUMNS = ['arrival_at', 'declared_at', 'inspection_start_at', 'inspection_end_at', 'released_at', 'exit_at'] as const;

function stampValues(s: DeclarationStamps): (number | null)[] {
  return [s.arrival, s.declared, s.inspectionStart, s.inspectionEnd, s.released, s.exit];
}

// Prepared once per connection: an import of 100,000 declarations runs the same statement each row.
const prepared = new WeakMap<BetterSqlite3.Database, { upsert: BetterSqlite3.Statement; find: BetterSqlite3.Statement }>();

function statements(sqlite: BetterSqlite3.Database) {
  let s = prepared.get(sqlite);
  if (!s) {
    s = {
      upsert: sqlite.prepare(`
        INSERT INTO trs_declarations (port_id, declaration_no, direction, inspected, ${STAMP_COLUMNS.join(', ')}, declared_date,
          arrival_to_declaration_min, declaration_to_release_min, inspection_min, release_to_exit_min, whole_min, is_demo, imported_at, imported_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (port_id, declaration_no) DO UPDATE SET
          direction = excluded.direction, inspected = excluded.inspected,
          ${STAMP_COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')}, declared_date = excluded.declared_date,
          arrival_to_declaration_min = excluded.arrival_to_declaration_min, declaration_to_release_min = excluded.declaration_to_release_min,
          inspection_min = excluded.inspection_min, release_to_exit_min = excluded.release_to_exit_min, whole_min = excluded.whole_min,
          is_demo = excluded.is_demo, imported_at = excluded.imported_at, imported_by = excluded.imported_by`),
      find: sqlite.prepare(`SELECT direction, inspected, ${STAMP_COLUMNS.join(', ')} FROM trs_declarations WHERE port_id = ? AND declaration_no = ?`).raw(),
    };
    prepared.set(sqlite, s);
  }
  return s;
}

/** What the store holds for a declaration compared with `d`: absent, the same, or different. */
export function compareStored(sqlite: BetterSqlite3.Database, d: StoredDeclaration): 'new' | 'unchanged' | 'replaced' {
  const row = statements(sqlite).find.get(d.portId, d.declarationNo) as unknown[] | undefined;
  if (!row) return 'new';
  const mine = [d.direction, d.inspected ? 1 : 0, ...stampValues(d.stamps)];
  return row.every((v, i) => v === mine[i]) ? 'unchanged' : 'replaced';
}

/**
 * Writes declarations (a stored one of the same port and number takes the new stamps), with their
 * stage durations worked out once here by the rules of shared/domain/trs/stages.ts. Runs in the
 * caller's transaction on the store's own connection.
 */
export function writeDeclarations(
  sqlite: BetterSqlite3.Database,
  rows: Iterable<StoredDeclaration>,
  meta: { actor: string; now: Date; isDemo?: boolean },
): number {
  const { upsert } = statements(sqlite);
  const at = meta.now.toISOString();
  const demo = meta.isDemo ? 1 : 0;
  let n = 0;
  for (const d of rows) {
    const m = stageMinutes(d.stamps).minutes;
    upsert.run(
      d.portId, d.declarationNo, d.direction, d.inspected ? 1 : 0, ...stampValues(d.stamps), stampDate(d.stamps.declared),
      m.arrivalToDeclaration, m.declarationToRelease, m.inspection, m.releaseToExit, m.whole, demo, at, meta.actor,
    );
    n++;
  }
  return n;
}
