import { sql, type Kysely } from 'kysely';

/**
 * Column mappings a person corrected in the import's mapping dialog, remembered by the shape of the
 * sheet's header row (mappingSignature), so the next file of that shape is read the same way.
 * Frozen once landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE import_mappings (
      signature TEXT PRIMARY KEY,
      headers TEXT NOT NULL CHECK (json_valid(headers)),
      mapping TEXT NOT NULL CHECK (json_valid(mapping)),
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL
    ) STRICT`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE import_mappings`.execute(db);
}
