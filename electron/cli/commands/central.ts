import { migrateCentral, openCentral } from '../../core/central/centralDatabase';
import { verifyCentralAudit } from '../../core/central/centralAudit';
import { registerOffice } from '../../core/central/registerOffice';
import { parseCommandArgs, UsageError } from '../args';
import type { CliCommand, CliIo } from '../io';

const USAGE =
  'central migrate|add-office|check --db <postgres://…> [--office <账户> --title <名称> --port <代码>=<名称>…]';

function portArg(text: string): { code: string; name: string } {
  const [code, name] = text.split('=');
  if (!code?.trim() || !name?.trim()) throw new UsageError(`--port 应写成 代码=名称（例如 ZHANGMU=樟木口岸）：${text}`);
  return { code: code.trim(), name: name.trim() };
}

/** Every office's audit chain as the server holds it. */
async function checkAll(url: string, io: CliIo): Promise<number> {
  const central = await openCentral(url);
  try {
    const offices = await central.db.selectFrom('offices').select(['name', 'title']).orderBy('name').execute();
    let failed = false;
    for (const o of offices) {
      const status = await verifyCentralAudit(central.db, o.name);
      if (status.ok) io.out(`${o.name}（${o.title}）：审计日志完好（${status.entries} 条）`);
      else {
        failed = true;
        io.err(`${o.name}（${o.title}）：审计日志被改动过（共 ${status.entries} 条）：`);
        for (const p of status.problems) io.err(`  - ${p.message}`);
      }
    }
    return failed ? 1 : 0;
  } finally {
    await central.close();
  }
}

/** The IT office's commands for the central database (run as the database's owner). */
export const centralCommand: CliCommand = {
  name: 'central',
  summary: '中心数据库的建立与升级、登记办事处及其口岸、检查各办事处的审计日志',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      db: { type: 'string' },
      office: { type: 'string' },
      title: { type: 'string' },
      port: { type: 'string', multiple: true },
    });
    if (!values.db) throw new UsageError('缺少 --db <postgres://账户@主机:端口/数据库>');
    const action = positionals[0];
    if (action === 'migrate') {
      const applied = await migrateCentral(values.db);
      io.out(applied.length ? `已升级：${applied.join('、')}` : '中心数据库已是最新结构');
      return 0;
    }
    if (action === 'add-office') {
      if (!values.office || !values.title) throw new UsageError('add-office 需要 --office <账户> 和 --title <名称>');
      const ports = (values.port ?? []).map(portArg);
      await registerOffice(values.db, { office: values.office, title: values.title, ports });
      io.out(`已登记办事处 ${values.office}（${values.title}）${ports.length ? `，口岸：${ports.map((p) => p.name).join('、')}` : ''}`);
      return 0;
    }
    if (action === 'check') return checkAll(values.db, io);
    throw new UsageError(`未知的操作：${action ?? '（缺少）'}，应为 migrate、add-office 或 check`);
  },
};
