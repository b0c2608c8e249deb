import fs from 'node:fs';
import path from 'node:path';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/contract/importExport';
import { AppError } from '../../../shared/contract/result';
import { takeExportDownload } from '../../core/services/importExport/export/exportJobs';
import { isValidIsoDate } from '../../../shared/domain/dates';
import { withExistingCore } from '../existingStore';
import { resolveDataDir } from '../../core/store/dataDir';
import { parseCommandArgs, UsageError } from '../args';
import type { CliCommand } from '../io';
import { callCore, portIdNamed } from '../callCore';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: '把口岸某一时期的每日数据导出为 .xlsx 或 .csv',
  usage: 'export --from <日期> --to <日期> --format xlsx|csv --out <文件> [--port <口岸>]… [--single-sheet] [--data <目录>]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, {
      from: { type: 'string' },
      to: { type: 'string' },
      port: { type: 'string', multiple: true },
      format: { type: 'string' },
      out: { type: 'string' },
      'single-sheet': { type: 'boolean' },
    });
    for (const key of ['from', 'to'] as const) {
      if (!values[key] || !isValidIsoDate(values[key]!)) throw new UsageError(`--${key} 应为 YYYY-MM-DD 格式的日期`);
    }
    const format = (values.format ?? (values.out ? path.extname(values.out).slice(1).toLowerCase() : '')) as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) throw new UsageError('--format 应为 xlsx 或 csv');
    const out = values.out;
    if (!out) throw new UsageError('请用 --out 指定导出的文件');

    // A reading command: over a store that must exist, beside the program (no lock).
    return withExistingCore(resolveDataDir(values.data), io, async (core) => {
      const ports = await callCore(core, 'listPorts', undefined);
      const wanted = values.port ?? [];
      const portIds = wanted.length === 0 ? ports.map((p) => p.id) : wanted.map((name) => portIdNamed(ports, name));
      // Streamed as the page's export is: the core writes the file a page of rows at a time, then it is copied out.
      const { jobId } = await callCore(core, 'startExport', {
        portIds,
        from: values.from!,
        to: values.to!,
        format,
        layout: values['single-sheet'] ? 'singleSheet' : 'sheetPerPort',
      });
      let job = await callCore(core, 'getExportJob', { jobId });
      while (job.status === 'running') {
        await new Promise((resolve) => setTimeout(resolve, 50));
        job = await callCore(core, 'getExportJob', { jobId });
      }
      const file = job.downloadToken ? takeExportDownload(job.downloadToken, null) : null;
      if (!file) throw new AppError('INTERNAL', job.error?.message ?? '导出没有完成，未写出文件');
      try {
        fs.copyFileSync(file.file, out);
      } finally {
        file.release();
      }
      io.out(`已导出 ${job.rowsTotal} 天的数据到 ${out}${job.includesDemo ? '（含演示数据）' : ''}`);
      return 0;
    });
  },
};
