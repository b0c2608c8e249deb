import { AppError } from '../../../../../shared/contract/result';
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../../../../../shared/domain/import/limits';
import { actorOf } from '../../../actor';
import { inWriteTransaction } from '../../../store/writeTransaction';
import type { CoreDeps, Handlers } from '../../../types';
import { writeDays } from '../../days/dayWriter';
import { OUTLIER_FACTOR, WINDOW_DAYS } from '../../days/rangeWarnings';
import { portOf, requirePort } from '../../../data/ports';
import { createJobRegistry, type JobState } from './importJobs';
import { runImport } from './runImport';
import { sniffFile } from './sniffFile';
import { rememberMapping } from './mappingStore';
import { applyClosureDecisions } from './closureDecisions';

type ImportHandlers = Pick<Handlers, 'startImport' | 'getImportJob' | 'cancelImport' | 'applyImport'>;

/** Bytes a base64 text decodes to, without decoding it (so an oversized file costs no memory). */
export function base64ByteLength(base64: string): number {
  const trimmed = base64.replace(/\s+$/, '');
  const padding = trimmed.endsWith('==') ? 2 : trimmed.endsWith('=') ? 1 : 0;
  return Math.floor((trimmed.length * 3) / 4) - padding;
}

function unconfirmedMessage(n: number): string {
  return `预览中有 ${n} 个数值远超该口岸的常见范围（超过近 ${WINDOW_DAYS} 天中位数的 ${OUTLIER_FACTOR} 倍），可能是单位或位数有误（如把“万元”填成了“元”）。请逐一核对，确认无误后再应用；本次未写入任何数据。`;
}

export function createImportHandlers(deps: CoreDeps): ImportHandlers {
  const { store, now } = deps;
  const jobs = createJobRegistry();
  const applying = new Set<string>();

  const refuseApply = (job: JobState): never => {
    if (job.status === 'applied') throw new AppError('CONFLICT', '这次导入已经应用过了');
    if (job.status === 'running') throw new AppError('CONFLICT', '文件还在读取中，请等预览完成后再应用');
    throw new AppError('CONFLICT', '这次导入没有可应用的预览，请重新选择文件');
  };

  return {
    async startImport(input) {
      const size = base64ByteLength(input.contentBase64);
      if (size > MAX_IMPORT_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', tooLargeMessage(size));
      const bytes = Buffer.from(input.contentBase64, 'base64');
      // Refusals that need no reading (empty, .xls, not text) come back at once.
      sniffFile(input.fileName, bytes);
      const defaultPort = input.defaultPortId === null ? null : portOf(requirePort(store.sqlite, input.defaultPortId));
      const job = jobs.create(input.fileName);
      void runImport(job, { fileName: input.fileName, bytes, defaultPort, mappings: input.mappings }, deps);
      return { jobId: job.id };
    },

    async getImportJob({ jobId }) {
      return jobs.view(jobs.get(jobId));
    },

    async cancelImport({ jobId }) {
      const job = jobs.get(jobId);
      if (applying.has(jobId)) throw new AppError('CONFLICT', '正在写入导入的数据，无法取消');
      if (job.status === 'applied') return { cancelled: false };
      // A running job stops at its next check; a finished preview is let go at once.
      job.cancelRequested = true;
      job.status = 'cancelled';
      job.preview = null;
      job.toWrite = null;
      return { cancelled: true };
    },

    async applyImport({ jobId, confirmWarnings, closures }, ctx) {
      const job = jobs.get(jobId);
      if (job.status !== 'done' || !job.toWrite || !job.preview || applying.has(jobId)) return refuseApply(job);
      const toWrite = applyClosureDecisions(job.toWrite, job.declined, closures ?? []);
      const preview = job.preview;
      // As the day form does: a figure far outside the usual range goes in only once someone has looked at it.
      if (preview.counts.rangeWarnings > 0 && !confirmWarnings) throw new AppError('NEEDS_CONFIRMATION', unconfirmedMessage(preview.counts.rangeWarnings));
      applying.add(jobId);
      let saved = 0;
      let unchanged = 0;
      try {
        await inWriteTransaction(store.sqlite, async () => {
          // The import its values name as their source (valueSources.ts): which file, when, by whom.
          const { id: importId } = await store.db
            .insertInto('day_imports')
            .values({ file_name: job.fileName, imported_at: now().toISOString(), imported_by: actorOf(ctx) })
            .returning('id')
            .executeTakeFirstOrThrow();
          for (const [portId, days] of toWrite) {
            const r = await writeDays(store, { portId, days, actor: actorOf(ctx), source: 'import', importId, now: now(), bulk: true });
            saved += r.savedCount;
            unchanged += r.unchanged.length;
          }
          for (const m of job.mappingsToRemember) rememberMapping(store, { ...m, actor: actorOf(ctx), now: now() });
        });
      } catch (e) {
        if (e instanceof AppError && e.code === 'CONFLICT') {
          throw new AppError(
            'CONFLICT',
            `生成预览之后，文件涉及的日期中有数据被修改了（${e.message}）。为免覆盖这些修改，本次导入没有写入任何数据，请重新导入以生成新的预览。`,
          );
        }
        throw e;
      } finally {
        applying.delete(jobId);
      }
      job.status = 'applied';
      job.toWrite = null;
      job.result = { saved, unchanged: unchanged + preview.counts.unchangedDays, skippedInvalid: preview.counts.invalidRows };
      return job.result;
    },
  };
}
