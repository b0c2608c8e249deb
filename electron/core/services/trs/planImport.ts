import type { TrsImportPreview } from '../../../../shared/contract/trs';
import { stampDate } from '../../../../shared/domain/trs/stampCell';
import { TRS_COLUMN_LABELS } from '../../../../shared/domain/trs/trsColumns';
import type { Store } from '../../store/openStore';
import { listPortRows, portOf, requireEnabledPort } from '../../data/ports';
import { createPortLookup } from '../importExport/import/portLookup';
import { compareStored, type StoredDeclaration } from './declarationStore';
import type { DeclarationsFile } from './readDeclarationsFile';

/** The invalid rows listed in a preview; the count is always complete. */
export const TRS_LIST_LIMIT = 200;

export interface TrsImportPlan {
  preview: TrsImportPreview;
  /** new and replaced declarations (unchanged ones need no write) */
  toWrite: StoredDeclaration[];
}

/**
 * What importing a read file would do: each declaration's port (its 口岸 cell, else the port chosen
 * for the file), the same number twice in one file refused (which stamps would be right?), and each
 * compared with the store: new, replaced by new stamps, or unchanged.
 */
export async function planImport(store: Store, file: DeclarationsFile, defaultPortId: number | null): Promise<TrsImportPlan> {
  const ports = listPortRows(store.sqlite).map(portOf);
  const findPort = createPortLookup(ports);
  const defaultPort = defaultPortId === null ? null : portOf(requireEnabledPort(store.sqlite, defaultPortId));

  const invalid = [...file.invalid];
  let invalidRows = file.invalidRows;
  const seen = new Map<string, number>();
  const toWrite: StoredDeclaration[] = [];
  const perPort = new Map<number, number>();
  let newCount = 0;
  let replacedCount = 0;
  let unchangedCount = 0;
  let imports = 0;
  let from: string | null = null;
  let to: string | null = null;

  for (const { sheet, row, declaration: d } of file.valid) {
    const port = d.portName !== null ? findPort(d.portName) : defaultPort;
    if (!port) {
      invalidRows++;
      invalid.push({
        sheet,
        row,
        column: TRS_COLUMN_LABELS.port,
        reason: d.portName !== null ? `未找到口岸“${d.portName}”（现有：${ports.map((p) => p.name).join('、')}）` : '文件中没有“口岸”列，请先选择这些报关单属于哪个口岸',
      });
      continue;
    }
    if (port.disabledAt !== null) {
      invalidRows++;
      invalid.push({ sheet, row, column: TRS_COLUMN_LABELS.port, reason: `口岸“${port.name}”已停用，不能导入新数据` });
      continue;
    }
    const key = `${port.id}\u0000${d.declarationNo}`;
    const first = seen.get(key);
    if (first !== undefined) {
      invalidRows++;
      invalid.push({ sheet, row, column: TRS_COLUMN_LABELS.declarationNo, reason: `报关单号 ${d.declarationNo} 在文件中重复（第 ${first} 行已有），请只保留一行` });
      continue;
    }
    seen.set(key, row);
    const stored: StoredDeclaration = { portId: port.id, declarationNo: d.declarationNo, direction: d.direction, inspected: d.inspected, stamps: d.stamps };
    const state = compareStored(store.sqlite, stored);
    if (state === 'unchanged') unchangedCount++;
    else {
      toWrite.push(stored);
      if (state === 'new') newCount++;
      else replacedCount++;
    }
    if (d.direction === 'import') imports++;
    perPort.set(port.id, (perPort.get(port.id) ?? 0) + 1);
    const date = stampDate(d.stamps.declared);
    if (from === null || date < from) from = date;
    if (to === null || date > to) to = date;
  }
  invalid.sort((a, b) => (a.sheet === b.sheet ? a.row - b.row : a.sheet < b.sheet ? -1 : 1));
  const valid = newCount + replacedCount + unchangedCount;
  return {
    toWrite,
    preview: {
      rows: file.rows,
      newCount,
      replacedCount,
      unchangedCount,
      invalidCount: invalidRows,
      invalidRows: invalid.slice(0, TRS_LIST_LIMIT),
      listLimit: TRS_LIST_LIMIT,
      columns: file.columns.flatMap(({ sheet, mapping }) =>
        mapping.filter((m) => m.header.trim() !== '').map((m) => ({ sheet, header: m.header, target: m.target && TRS_COLUMN_LABELS[m.target], hint: m.hint })),
      ),
      from,
      to,
      ports: [...perPort].map(([portId, count]) => ({ portId, portName: ports.find((p) => p.id === portId)!.name, count })),
      imports,
      exports: valid - imports,
    },
  };
}
