import fs from 'node:fs';
import path from 'node:path';
import { openAppCore } from '../../core/openAppCore';
import { resolveDataDir } from '../../core/store/dataDir';
import { checkBackupFile } from '../../core/backup/backupFiles';
import { parseCommandArgs, UsageError } from '../args';
import { cliLockHolder, type CliCommand } from '../io';
import { callCore } from '../callCore';

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: '用备份文件恢复数据（先备份当前数据；需加 --yes 确认）',
  usage: 'restore <备份文件> [--data <目录>] --yes',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { yes: { type: 'boolean' } });
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new UsageError('请指定一个备份文件');
    const full = path.resolve(file);
    if (!fs.existsSync(full)) {
      io.err(`未找到备份文件：${full}`);
      return 2;
    }
    const check = checkBackupFile(full);
    if (!check.ok) {
      io.err(`不能用这份备份恢复：${check.problem}`);
      return 1;
    }
    const dataDir = resolveDataDir(values.data);
    if (!values.yes) {
      io.err(`将用 ${full} 替换 ${dataDir} 中的数据；恢复前会先把当前数据备份一份。`);
      io.err('请先关闭正在使用这份数据的程序，确认无误后加 --yes 再运行。');
      return 2;
    }
    const core = await openAppCore({ dataDir, lock: cliLockHolder('restore') });
    try {
      if (core.mode === 'recovery') io.err('当前数据文件已损坏，将保留损坏的文件并从备份恢复（无法先备份当前数据）。');
      const { safetyBackup } = await callCore(core, 'restoreBackup', { path: full });
      io.out(`已从备份恢复：${full}`);
      if (safetyBackup) io.out(`恢复前的数据已备份为：${safetyBackup.path}`);
      return 0;
    } finally {
      await core.close();
    }
  },
};
