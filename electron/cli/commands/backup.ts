import { openCore } from '../../core/openCore';
import { resolveDataDir } from '../../core/store/dataDir';
import { callCore } from '../callCore';
import type { BackupInfo } from '../../../shared/contract/trust';
import { parseCommandArgs } from '../args';
import { cliLockHolder, type CliCommand } from '../io';
import { formatTimestamp } from '../../../shared/domain/format';

const REASONS: Record<string, string> = { start: '启动时', quit: '退出时', daily: '每日', manual: '手动', 'before-restore': '恢复前' };
const line = (b: BackupInfo) => `${formatTimestamp(b.at)}  ${(REASONS[b.reason] ?? b.reason).padEnd(4, '　')}  ${String(Math.round(b.bytes / 1024)).padStart(7)} KB  ${b.path}`;

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: '备份数据（SQLite 在线备份）；--list 列出已有备份',
  usage: 'backup [--data <目录>] [--to <文件夹>] [--list]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { to: { type: 'string' }, list: { type: 'boolean' } });
    // Listing only reads; a backup records itself in the audit log, so it holds the folder's lock.
    const core = await openCore({ dataDir: resolveDataDir(values.data), lock: values.list ? false : cliLockHolder('backup') });
    try {
      if (values.list) {
        const { folder, backups } = await callCore(core, 'listBackups', undefined);
        io.out(`备份文件夹：${folder}`);
        if (backups.length === 0) io.out('（还没有备份）');
        for (const b of backups) io.out(line(b));
        return 0;
      }
      const info = await callCore(core, 'createBackup', values.to ? { folder: values.to } : undefined);
      io.out(`已备份到：${info.path}`);
      return 0;
    } finally {
      await core.close();
    }
  },
};
