import fs from 'node:fs';
import { AppError } from '../../../../../shared/contract/result';
import type { Handlers, CoreDeps } from '../../../types';
import { createExportJobs } from './exportJobs';
import { inMemory } from './exportWriter';
import { prepareExport, writeExport, type ExportArgs } from './writeExport';

type ExportHandlers = Pick<Handlers, 'exportData' | 'startExport' | 'getExportJob' | 'saveExportFile'>;

/** The export as bytes in memory, for the one-answer contract method (small periods). */
export async function buildExport(deps: CoreDeps, args: ExportArgs): Promise<{ fileName: string; mimeType: string; bytes: Buffer; rows: number; includesDemo: boolean }> {
  const planned = prepareExport(deps, args);
  const file = inMemory();
  await writeExport(deps, planned, file.out);
  return { fileName: planned.fileName, mimeType: planned.mimeType, bytes: file.bytes(), rows: planned.plan.rows, includesDemo: planned.plan.includesDemo };
}

export function createExportHandlers(deps: CoreDeps): ExportHandlers {
  const jobs = createExportJobs(deps.store.dataDir);

  return {
    async exportData(input) {
      const file = await buildExport(deps, input);
      return { fileName: file.fileName, mimeType: file.mimeType, contentBase64: file.bytes.toString('base64'), rows: file.rows, includesDemo: file.includesDemo };
    },

    async startExport(input, ctx) {
      // Refusals (nothing to export) come back at once; the writing goes on after this answer.
      const planned = prepareExport(deps, input);
      const job = jobs.create({
        fileName: planned.fileName,
        mimeType: planned.mimeType,
        extension: input.format,
        rowsTotal: planned.plan.rows,
        includesDemo: planned.plan.includesDemo,
        sessionId: ctx.session?.id ?? null,
      });
      const out = fs.createWriteStream(job.file);
      void writeExport(deps, planned, out, (rows) => {
        job.rowsWritten = rows;
        return true;
      }).then(
        () => jobs.done(job),
        (e: unknown) => {
          out.destroy();
          jobs.failed(job, { code: 'INTERNAL', message: '写出导出文件时出错（磁盘空间不足或数据文件夹不可写？），请重试。' });
          deps.logError?.('startExport', e);
        },
      );
      return { jobId: job.id, rowsTotal: job.rowsTotal };
    },

    async getExportJob({ jobId }) {
      return jobs.view(jobs.get(jobId));
    },

    async saveExportFile({ jobId }) {
      const save = deps.host?.saveExportFile;
      if (!save) throw new AppError('UNSUPPORTED', '只有桌面程序能弹出保存对话框；在浏览器中导出的文件会直接下载。');
      const job = jobs.get(jobId);
      const download = jobs.download(job);
      const r = await save({ file: download.file, fileName: download.fileName });
      // A cancelled dialog keeps the file for another try.
      if (r.status === 'saved') download.release();
      return r;
    },
  };
}
