import { AppError } from '../../../../../shared/contract/result';
import type { Handlers, CoreDeps } from '../../../types';
import { loadExportRows } from './loadExportRows';
import { writeCsv } from './writeCsv';
import { writeXlsx } from './writeXlsx';
import type { ExportFormat, ExportLayout } from '../../../../../shared/contract/importExport';
import { DEMO_LABEL } from '../demo/demoInPeriod';

export const MIME_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
};

function safeFilePart(text: string): string {
  return text.replace(/[\\/:*?"<>|\s]+/g, '_');
}

/** The line an export holding demo figures starts with (each sheet of an .xlsx, the first line of a .csv). */
export const DEMO_NOTE = `${DEMO_LABEL}：本文件中有来自演示数据的数字，不是口岸的真实数据`;

export interface ExportArgs {
  portIds: number[];
  from: string;
  to: string;
  format: ExportFormat;
  layout: ExportLayout;
}

/** The export as bytes, for the contract method and the CLI alike. */
export async function buildExport(deps: CoreDeps, args: ExportArgs): Promise<{ fileName: string; bytes: Buffer; rows: number; includesDemo: boolean }> {
  const loaded = loadExportRows(deps, args);
  if (loaded.rows === 0) throw new AppError('NOT_FOUND', `所选口岸在 ${args.from} 至 ${args.to} 期间没有任何已录入的数据，没有可导出的内容`);
  const portPart = loaded.ports.length === 1 ? loaded.ports[0]!.name : `${loaded.ports.length}个口岸`;
  const fileName = `${safeFilePart(portPart)}_${args.from}_${args.to}${loaded.includesDemo ? '_演示数据' : ''}.${args.format}`;
  const allRows = loaded.ports.flatMap((p) => p.rows);
  const title = `${portPart} ${args.from} 至 ${args.to} 每日通关数据${loaded.includesDemo ? ` ${DEMO_LABEL}` : ''}`;
  const note = loaded.includesDemo ? DEMO_NOTE : undefined;
  const bytes =
    args.format === 'csv'
      ? writeCsv(allRows, note)
      : await writeXlsx(
          args.layout === 'singleSheet' ? [{ name: '每日数据', rows: allRows }] : loaded.ports.map((p) => ({ name: p.name, rows: p.rows })),
          title,
          note,
        );
  return { fileName, bytes, rows: loaded.rows, includesDemo: loaded.includesDemo };
}

export function createExportHandlers(deps: CoreDeps): Pick<Handlers, 'exportData'> {
  return {
    async exportData(input) {
      const file = await buildExport(deps, input);
      return {
        fileName: file.fileName,
        mimeType: MIME_TYPES[input.format],
        contentBase64: file.bytes.toString('base64'),
        rows: file.rows,
        includesDemo: file.includesDemo,
      };
    },
  };
}
