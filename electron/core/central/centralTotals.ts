import type { Kysely } from 'kysely';
import { NUMERIC_FIELDS } from '../../../shared/domain/dailyFields';
import type { CentralDatabase } from './centralSchema';

const ADDITIVE = NUMERIC_FIELDS.filter((f) => f.additive);

export interface PortTotals {
  portCode: string;
  /** days with a record in the range */
  days: number;
  /** sums in stored units (kg, 元, 人次 …), by field key; null where nothing was entered */
  sums: Record<string, number | null>;
}

/**
 * Every port's additive figures summed over a range on the central database, as an official reads
 * them across all offices. PostgreSQL sums the BIGINT columns exactly (NUMERIC), read back as
 * integers (centralDatabase.ts), so the totals agree with the offices' own to the last 元.
 */
export async function centralTotals(db: Kysely<CentralDatabase>, from: string, to: string): Promise<PortTotals[]> {
  const rows = await db
    .selectFrom('days')
    .select((eb) => [
      'port_code',
      eb.fn.countAll<number>().as('days'),
      ...ADDITIVE.map((f) => eb.fn.sum<number | null>(f.column as 'persons_in').as(f.key)),
    ])
    .where('date', '>=', from)
    .where('date', '<=', to)
    .groupBy('port_code')
    .orderBy('port_code')
    .execute();
  return rows.map((r) => {
    const row = r as unknown as Record<string, number | null> & { port_code: string; days: number };
    return { portCode: row.port_code, days: row.days, sums: Object.fromEntries(ADDITIVE.map((f) => [f.key, row[f.key] ?? null])) };
  });
}
