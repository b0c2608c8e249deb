import fs from 'node:fs';
import path from 'node:path';
import type { ImportJob } from '../../../shared/contract/importExport';
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../../../shared/domain/import/limits';
import { openCore, type Core } from '../../core/openCore';
import { resolveDataDir } from '../../core/store/dataDir';
import { parseCommandArgs, UsageError } from '../args';
import { cliLockHolder, type CliCommand, type CliIo } from '../io';
import { callCore, defaultOperator, defaultPortId } from '../callCore';

async function waitForJob(core: Core, jobId: string): Promise<ImportJob> {
  for (;;) {
    const job = await callCore(core, 'getImportJob', { jobId });
    if (job.status !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function printMappingProblems(job: ImportJob, io: CliIo): void {
  io.err('文件的列对应需要确认，未导入：');
  for (const sheet of job.sheets) {
    for (const problem of sheet.problems) io.err(`  工作表“${sheet.name}”：${problem}`);
  }
  io.err('请在程序的“导入导出”页面导入这个文件并修改列对应；保存后，同样表头的文件在命令行中也会沿用。');
}

function printPreview(job: ImportJob, io: CliIo): number {
  const p = job.preview!;
  const c = p.counts;
  io.out(`新增 ${c.newDays} 天，修改 ${c.changedDays} 天，无变化 ${c.unchangedDays} 天，有问题 ${c.invalidRows} 行`);
  for (const sheet of job.sheets) if (sheet.skipped) io.out(`  ${sheet.skipped}`);
  for (const col of p.ignoredColumns) io.out(`  未导入的列：工作表“${col.sheet}”${col.column}${col.hint ? `（${col.hint}）` : ''}`);
  if (p.invalidRows.length > 0) {
    io.out('有问题的行（不会导入）：');
    for (const r of p.invalidRows) io.out(`  工作表“${r.sheet}”第 ${r.row} 行，${r.column}：${r.reason}`);
    if (c.invalidRows > 0 && p.invalidRows.length >= p.listLimit) io.out(`  ……只列出前 ${p.listLimit} 处`);
  }
  if (p.rangeWarnings.length > 0) {
    io.out(`远超常见范围、需要核对的数值（${c.rangeWarnings} 个）：`);
    for (const w of p.rangeWarnings) io.out(`  工作表“${w.sheet}”第 ${w.row} 行，${w.column}：${w.message}`);
    if (c.rangeWarnings > p.rangeWarnings.length) io.out(`  ……只列出前 ${p.rangeWarnings.length} 个`);
  }
  if (p.proposedClosures.length > 0) {
    // Written closed as proposed; a clerk who disagrees imports the file on the 导入导出 page instead.
    io.out(`按备注识别为闭关的日期（${c.proposedClosures} 天，将记为闭关；如需改动请在程序的“导入导出”页面导入）：`);
    for (const d of p.proposedClosures) io.out(`  工作表“${d.sheet}”第 ${d.row} 行，${d.date}：${d.reason}`);
    if (c.proposedClosures > p.proposedClosures.length) io.out(`  ……只列出前 ${p.proposedClosures.length} 天`);
  }
  return c.newDays + c.changedDays + c.unchangedDays;
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: '从 Excel（.xlsx）或 CSV 文件导入每日数据（先预览，再写入）',
  usage: 'import <文件> [--data <目录>] [--dry-run] [--confirm-warnings] [--port <口岸>] [--operator <姓名>]',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      'dry-run': { type: 'boolean' },
      'confirm-warnings': { type: 'boolean' },
      port: { type: 'string' },
      operator: { type: 'string' },
    });
    const file = positionals[0];
    if (!file || positionals.length > 1) throw new UsageError('请指定一个要导入的文件');
    if (!fs.existsSync(file)) {
      io.err(`文件不存在：${file}`);
      return 2;
    }
    const size = fs.statSync(file).size;
    if (size > MAX_IMPORT_BYTES) {
      io.err(tooLargeMessage(size));
      return 1;
    }
    const core = await openCore({ dataDir: resolveDataDir(values.data), lock: cliLockHolder('import'), logError: (m, e) => io.err(`[${m}] ${(e as Error)?.stack ?? String(e)}`) });
    try {
      const operator = defaultOperator(values.operator);
      const { jobId } = await callCore(core, 'startImport', {
        fileName: path.basename(file),
        contentBase64: fs.readFileSync(file).toString('base64'),
        defaultPortId: await defaultPortId(core, values.port),
      }, operator);
      const job = await waitForJob(core, jobId);
      if (job.status === 'failed') {
        io.err(job.error!.message);
        for (const d of job.error!.details) io.err(`  ${d}`);
        return 1;
      }
      if (job.status === 'needsMapping') {
        printMappingProblems(job, io);
        return 1;
      }
      const valid = printPreview(job, io);
      if (valid === 0) {
        io.err('文件中没有有效的数据行，未写入任何数据。');
        return 1;
      }
      if (values['dry-run']) {
        io.out('试运行（--dry-run）：未写入任何数据。');
        return 0;
      }
      const confirmWarnings = values['confirm-warnings'] === true;
      const warnings = job.preview!.counts.rangeWarnings;
      if (warnings > 0 && !confirmWarnings) {
        io.err(`有 ${warnings} 个数值远超该口岸的常见范围（见上），可能是单位或位数有误，未写入任何数据。核对无误后加 --confirm-warnings 重新运行。`);
        return 1;
      }
      const result = await callCore(core, 'applyImport', { jobId, confirmWarnings }, operator);
      io.out(`已写入 ${result.saved} 天（${result.unchanged} 天无变化）。`);
      return 0;
    } finally {
      await core.close();
    }
  },
};
