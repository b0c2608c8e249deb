import { sql, type Kysely } from 'kysely';

/**
 * Every office reads every office's measures and calendar entries, as it reads every port's days:
 * it brings them home read-only. Writing stays with the owning office (0001's office_owns policy,
 * which alone covers INSERT, UPDATE and DELETE). The audit entries stay private. Frozen once landed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE POLICY office_reads_all ON office_documents FOR SELECT TO clearance_office USING (true)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP POLICY office_reads_all ON office_documents`.execute(db);
}
