import { AppError } from '../../../../shared/contract/result';
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../../../../shared/domain/import/limits';
import { actorOf } from '../../actor';
import type { CoreDeps, Handlers } from '../../types';
import { base64ByteLength } from '../importExport/import/importHandlers';
import { writeDeclarations } from './declarationStore';
import { planImport } from './planImport';
import { readDeclarationsFile } from './readDeclarationsFile';

type TrsImportHandlers = Pick<Handlers, 'previewTrsImport' | 'applyTrsImport'>;

async function plan(deps: CoreDeps, input: { fileName: string; contentBase64: string; defaultPortId: number | null }) {
  const size = base64ByteLength(input.contentBase64);
  if (size > MAX_IMPORT_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', tooLargeMessage(size));
  const file = await readDeclarationsFile(input.fileName, Buffer.from(input.contentBase64, 'base64'));
  return planImport(deps.store, file, input.defaultPortId);
}

/**
 * The declarations import: a preview that writes nothing, and the same file applied, read again so
 * that what is written is what the file says now. Invalid rows are listed and skipped, as in the
 * daily import; a file with no valid row writes nothing and says so.
 */
export function createTrsImportHandlers(deps: CoreDeps): TrsImportHandlers {
  return {
    async previewTrsImport(input) {
      return (await plan(deps, input)).preview;
    },
    async applyTrsImport(input, ctx) {
      const { preview, toWrite } = await plan(deps, input);
      if (preview.newCount + preview.replacedCount + preview.unchangedCount === 0) {
        const first = preview.invalidRows[0];
        const example = first ? `（如工作表“${first.sheet}”第 ${first.row} 行${first.column}：${first.reason}）` : '';
        throw new AppError('INVALID_INPUT', `文件中的 ${preview.invalidCount} 行报关单都有问题${example}，没有写入任何数据。请按预览中列出的原因修改后重新导入。`);
      }
      writeDeclarations(deps.store.sqlite, toWrite, { actor: actorOf(ctx), now: deps.now() });
      return { saved: preview.newCount, replaced: preview.replacedCount, unchanged: preview.unchangedCount, skippedInvalid: preview.invalidCount };
    },
  };
}
