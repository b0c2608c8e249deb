import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../../../shared/contract/result';

/**
 * The calendar of another office's port (pulled from the central database) is read-only here, like
 * its days: it is kept where the port is run, and comes back with the next sync.
 */
export function refusePulledPortCalendar(sqlite: BetterSqlite3.Database, portId: number | null | undefined): void {
  if (portId === null || portId === undefined) return;
  const pulled = sqlite.prepare('SELECT office FROM central_ports WHERE port_id = ?').get(portId) as { office: string } | undefined;
  if (pulled) throw new AppError('FORBIDDEN', `该口岸的日历由 ${pulled.office} 设置并从中心数据库同步而来，本机只能查看，不能修改`);
}
