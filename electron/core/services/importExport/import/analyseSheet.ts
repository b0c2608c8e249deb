import type { RawCell } from '../../../../../shared/domain/import/cellParse';
import {
  columnName,
  mappingProblems,
  mappingSignature,
  matchHeaders,
  normalise,
  type ColumnMapping,
} from '../../../../../shared/domain/import/headerMatch';
import { isBlankRow } from '../../../../../shared/domain/import/rowToDay';
import { refuse } from './refusal';
import type { SheetData } from './sheetData';

/** A title, a unit line or a blank row or two may sit above the header; it is looked for this far down. */
const HEADER_SCAN_ROWS = 20;
const SAMPLES_PER_COLUMN = 3;

/** Columns the program's own export adds for reading, derived from the date: ignored without a word. */
const DERIVED_HEADERS = new Set(['日期类型', '星期', 'daytype', 'weekday']);

export interface AnalysedSheet {
  sheet: SheetData;
  /** 0-based index of the header row in sheet.rows; null when the sheet has no recognisable header */
  headerIndex: number | null;
  signature: string | null;
  mapping: ColumnMapping;
  problems: string[];
  remembered: boolean;
  skipped: string | null;
  samples: string[][];
}

export interface MappingSources {
  /** mappings sent by the user for this import, by signature */
  provided: Record<string, ColumnMapping> | undefined;
  /** a mapping remembered from an earlier import, or null */
  remembered(signature: string): ColumnMapping | null;
}

function isValueTarget(target: string | null): boolean {
  return target !== null && target !== 'date' && target !== 'port';
}

/** The first row that names a date and at least one figure; else the row naming the most fields. */
export function findHeaderRow(rows: readonly RawCell[][]): number | null {
  let best: { index: number; score: number } | null = null;
  for (let i = 0; i < Math.min(HEADER_SCAN_ROWS, rows.length); i++) {
    const row = rows[i]!;
    if (isBlankRow(row)) continue;
    const matched = matchHeaders(row);
    const values = matched.filter((m) => isValueTarget(m.target)).length;
    if (values === 0) continue;
    const hasDate = matched.some((m) => m.target === 'date');
    if (hasDate) return i;
    if (!best || values > best.score) best = { index: i, score: values };
  }
  return best?.index ?? null;
}

function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

function samplesOf(rows: readonly RawCell[][], headerIndex: number, width: number): string[][] {
  const samples: string[][] = Array.from({ length: width }, () => []);
  for (let r = headerIndex + 1; r < rows.length && samples.some((s) => s.length < SAMPLES_PER_COLUMN); r++) {
    const row = rows[r]!;
    for (let c = 0; c < width; c++) {
      const text = cellText(row[c]);
      if (text !== '' && samples[c]!.length < SAMPLES_PER_COLUMN) samples[c]!.push(text.slice(0, 40));
    }
  }
  return samples;
}

/** A mapping from outside (the user, the store) fitted to this header row: one entry per column, in order. */
function fitMapping(mapping: ColumnMapping, headers: readonly RawCell[]): ColumnMapping {
  const byIndex = new Map(mapping.map((m) => [m.index, m]));
  return headers.map((h, index) => {
    const m = byIndex.get(index);
    const header = cellText(h);
    return m ? { ...m, index, header } : { index, header, target: null, unitFactor: null, hint: null };
  });
}

/**
 * Finds a sheet's header row and how its columns map to fields: the user's correction for this shape
 * of header, else the one remembered from last time, else what the headers say. Merged cells at or
 * below the header are refused, since a merged cell holds one value for several rows or columns.
 */
export function analyseSheet(sheet: SheetData, sources: MappingSources): AnalysedSheet {
  const headerIndex = findHeaderRow(sheet.rows);
  if (headerIndex === null) {
    return {
      sheet,
      headerIndex: null,
      signature: null,
      mapping: [],
      problems: [],
      remembered: false,
      skipped: `工作表“${sheet.name}”中没有找到可识别的表头（如“日期”“入境人员”“进口货运量(吨)”），已跳过`,
      samples: [],
    };
  }
  const merged = sheet.merges.filter((m) => m.bottom >= headerIndex + 1);
  if (merged.length > 0) {
    const ranges = merged.map((m) => m.range).join('、');
    throw refuse(
      `工作表“${sheet.name}”中有合并单元格（${ranges}）。合并的单元格只有一个值，无法确定每一行的数据。请在 Excel 中取消合并、把每一行填写完整后再导入。`,
      merged.map((m) => `工作表“${sheet.name}”${m.range}`),
    );
  }
  const headers = sheet.rows[headerIndex]!;
  const signature = mappingSignature(headers);
  const provided = sources.provided?.[signature];
  const remembered = provided ? null : sources.remembered(signature);
  const mapping = provided ? fitMapping(provided, headers) : remembered ? fitMapping(remembered, headers) : matchHeaders(headers);
  return {
    sheet,
    headerIndex,
    signature,
    mapping,
    problems: mappingProblems(mapping),
    remembered: remembered !== null,
    skipped: null,
    samples: samplesOf(sheet.rows, headerIndex, headers.length),
  };
}

/** Columns left out of the import that a person may have meant to import (derived ones aside). */
export function ignoredColumns(analysed: AnalysedSheet): { column: string; hint: string | null }[] {
  return analysed.mapping
    .filter((m) => m.target === null && m.header.trim() !== '' && !DERIVED_HEADERS.has(normalise(m.header)))
    .map((m) => ({ column: columnName(m), hint: m.hint }));
}
