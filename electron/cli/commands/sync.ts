import { resolveDataDir } from '../../core/store/dataDir';
import { syncOffice } from '../../core/central/syncOffice';
import { withExistingStore } from '../existingStore';
import { parseCommandArgs, UsageError } from '../args';
import type { CliCommand } from '../io';

export const syncCommand: CliCommand = {
  name: 'sync',
  summary: '与中心数据库（PostgreSQL）同步：上传本办事处的数据，取回其他口岸的数据（只读）',
  usage: 'sync --to <postgres://…> [--data <目录>]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { to: { type: 'string' } });
    if (!values.to) throw new UsageError('缺少 --to <postgres://账户@主机:端口/数据库>');
    const url = values.to;
    return withExistingStore(resolveDataDir(values.data), io, async (store) => {
      const r = await syncOffice(store, url);
      io.out(`办事处：${r.office}`);
      io.out(`上传：${r.sent.days} 天数据，${r.sent.revisions} 条修改记录，${r.sent.documents} 项措施和日历，${r.sent.auditEntries} 条审计日志`);
      io.out(`取回：${r.pulled.ports} 个其他口岸的 ${r.pulled.days} 天数据，其他办事处的 ${r.pulledMeasures} 项措施更新、${r.pulledCalendars} 个口岸的日历更新（只读）`);
      if (r.conflicts.length === 0) return 0;
      io.err(`有 ${r.conflicts.length} 处冲突未同步：`);
      for (const c of r.conflicts) io.err(`  - ${c.message}`);
      return 1;
    }, '命令行 clearance sync');
  },
};
