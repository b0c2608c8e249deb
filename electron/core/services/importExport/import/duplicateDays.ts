import { findDuplicateDays } from '../../../../../shared/domain/import/rowToDay';
import type { ParsedDay } from './convertRows';
import { listed, refuse } from './refusal';

/**
 * Refuses a file that gives one port's day more than once (in one sheet or across sheets): which row
 * is right cannot be known, and importing both would let the later one silently win.
 */
export function refuseDuplicateDays(days: readonly ParsedDay[]): void {
  // findDuplicateDays groups by port name and date; the index into `days` stands in for the row number.
  const duplicates = findDuplicateDays(days.map((d, i) => ({ rowNumber: i, date: d.date, portName: d.port.name })));
  if (duplicates.length === 0) return;
  const details = duplicates.map((dup) => {
    const rows = dup.rowNumbers.map((i) => days[i]!);
    const sheets = new Set(rows.map((r) => r.sheet));
    const where =
      sheets.size === 1
        ? `工作表“${rows[0]!.sheet}”第 ${rows.map((r) => r.row).join('、')} 行`
        : rows.map((r) => `工作表“${r.sheet}”第 ${r.row} 行`).join('、');
    return `${dup.portName ?? ''} ${dup.date}：${where}`;
  });
  throw refuse(
    `文件中有 ${duplicates.length} 个日期重复出现（同一口岸的同一天有多行），无法确定以哪一行为准，已拒绝导入。请删除重复的行后重新导入。`,
    listed(details),
  );
}
