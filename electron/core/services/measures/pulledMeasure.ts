import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../../../shared/contract/result';

/**
 * Another office's measure, pulled from the central database, is read-only here: it changes only
 * where it was entered, and comes back with the next sync.
 */
export function refusePulledMeasure(sqlite: BetterSqlite3.Database, measureId: number): void {
  const pulled = sqlite.prepare('SELECT office FROM central_measures WHERE measure_id = ?').get(measureId) as { office: string } | undefined;
  if (pulled) throw new AppError('FORBIDDEN', `该措施由 ${pulled.office} 录入并从中心数据库同步而来，本机只能查看，不能修改`);
}
