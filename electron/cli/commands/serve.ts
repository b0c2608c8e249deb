import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openHostCore } from '../../core/central/openHostCore';
import { startBackupSchedule } from '../../core/backup/scheduler';
import { resolveDataDir } from '../../core/store/dataDir';
import { warmReadWorker } from '../../core/services/importExport/import/readInWorker';
import { RENDERER_MISSING, startWebHost } from '../../web/server';
import { parseCommandArgs, UsageError } from '../args';
import type { CliCommand } from '../io';

/** The built renderer: beside the bundled CLI (out/main → out/renderer), or the checkout's out/ from source. */
export function defaultStaticDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const bundled = path.basename(here) === 'main' && path.basename(path.dirname(here)) === 'out';
  return bundled ? path.resolve(here, '../renderer') : path.resolve(here, '../../../out/renderer');
}

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: '以浏览器模式运行（仅本机 127.0.0.1 可访问）',
  usage: 'serve [--data <目录>] [--port <端口>] [--db <postgres://…>]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { port: { type: 'string' }, static: { type: 'string' }, db: { type: 'string' } });
    const port = values.port === undefined ? 5780 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`端口无效：${values.port}`);
    const dataDir = resolveDataDir(values.data);
    const logError = (m: string, e: unknown) => io.err(`[${m}] ${(e as Error)?.stack ?? String(e)}`);
    // --db (or the folder's 中心数据库 setting): every port's figures from the central database, read-only;
    // the folder keeps this host's accounts.
    const { core, central } = await openHostCore({ dataDir, lock: '浏览器模式（clearance serve）', logError, ...(values.db ? { db: values.db } : {}) });
    const staticDir = values.static ?? defaultStaticDir();
    const host = await startWebHost({ core, port, staticDir });
    if (!fs.existsSync(path.join(staticDir, 'index.html'))) io.err(RENDERER_MISSING);
    warmReadWorker();
    io.out(`樟木口岸通关效率跟踪（浏览器模式）已启动：${host.url}`);
    io.out(`数据目录：${dataDir}`);
    if (central) io.out(`中心数据库（只读，账户 ${central.role}）：${central.ports.length} 个口岸`);
    if (core.mode === 'recovery' && core.recoveryToken) {
      io.err('数据文件已损坏：请在浏览器中打开下面的地址，从备份恢复。');
      // Only whoever sees this console can restore over HTTP; the token works once.
      io.err(`恢复口令（只能使用一次）：${core.recoveryToken}`);
      io.err(`${host.url}/?recoveryToken=${core.recoveryToken}`);
    }
    io.out('按 Ctrl+C 停止。');
    const backups = startBackupSchedule(core, { log: (m) => io.err(m) });
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await host.close();
    await backups.stop();
    await core.close();
    return 0;
  },
};
