import type { ColumnMapping } from '../../../../../shared/domain/import/headerMatch';
import { columnMapping } from '../../../../../shared/contract/importExport';
import type { Store } from '../../../store/openStore';

/** A mapping remembered for this shape of header row, or null (also when what is stored no longer parses). */
export function rememberedMapping(store: Store, signature: string): ColumnMapping | null {
  const row = store.sqlite.prepare('SELECT mapping FROM import_mappings WHERE signature = ?').get(signature) as { mapping: string } | undefined;
  if (!row) return null;
  try {
    const parsed = columnMapping.safeParse(JSON.parse(row.mapping));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function rememberMapping(store: Store, args: { signature: string; headers: string[]; mapping: ColumnMapping; actor: string; now: Date }): void {
  store.sqlite
    .prepare(
      `INSERT INTO import_mappings (signature, headers, mapping, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (signature) DO UPDATE SET headers = excluded.headers, mapping = excluded.mapping,
         updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    )
    .run(args.signature, JSON.stringify(args.headers), JSON.stringify(args.mapping), args.now.toISOString(), args.actor);
}
