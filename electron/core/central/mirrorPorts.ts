import { sql, type Kysely } from 'kysely';
import { AppError } from '../../../shared/contract/result';
import { openStore } from '../store/openStore';
import type { CentralDatabase } from './centralSchema';

export interface CentralPort {
  id: number;
  code: string;
  name: string;
}

/** The central database's ports with the numbers its `daily_records` view gives them (migration 0002_central_serve). */
export async function centralPorts(central: Kysely<CentralDatabase>): Promise<CentralPort[]> {
  const { rows } = await sql<CentralPort>`SELECT id, code, name FROM ports ORDER BY id`.execute(central);
  return rows;
}

/**
 * Makes the serving folder's store list exactly the central database's ports, under the same
 * numbers, so the core's port lists, names and checks (kept in the store) match the central days
 * it reads. The folder holds the accounts and settings of the central host only: a folder with days
 * of its own is an office's, and is refused rather than having its ports renumbered.
 */
export async function mirrorCentralPorts(central: Kysely<CentralDatabase>, dataDir: string): Promise<CentralPort[]> {
  const ports = await centralPorts(central);
  const store = await openStore({ dataDir });
  try {
    const { n } = store.sqlite.prepare('SELECT count(*) AS n FROM daily_records').get() as { n: number };
    if (n > 0) {
      throw new AppError('CONFLICT', `数据目录 ${dataDir} 中已有本机录入的每日数据，不能用来查看中心库：请为中心库另用一个数据目录（--data <目录>）`);
    }
    const ids = new Set(ports.map((p) => p.id));
    const apply = store.sqlite.transaction(() => {
      for (const { id } of store.sqlite.prepare('SELECT id FROM ports').all() as { id: number }[]) {
        if (!ids.has(id)) store.sqlite.prepare('DELETE FROM ports WHERE id = ?').run(id);
      }
      // Codes and names move between numbers without meeting their own UNIQUE constraints on the way.
      store.sqlite.prepare("UPDATE ports SET code = '~' || id, name = '~' || id").run();
      const upsert = store.sqlite.prepare(
        `INSERT INTO ports (id, code, name, created_at) VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
         ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name`,
      );
      for (const p of ports) upsert.run(p.id, p.code, p.name);
    });
    try {
      apply();
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
        throw new AppError('CONFLICT', `数据目录 ${dataDir} 中有中心库没有的口岸的措施或简报记录，不能用来查看中心库：请为中心库另用一个数据目录（--data <目录>）`);
      }
      throw e;
    }
    return ports;
  } finally {
    await store.close();
  }
}
