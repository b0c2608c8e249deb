import Papa from 'papaparse';
import { MAX_IMPORT_CELLS, MAX_IMPORT_ROWS, tooManyCellsMessage, tooManyRowsMessage } from '../../../../../shared/domain/import/limits';
import { decodeText } from './decodeText';
import { refuse } from './refusal';
import { withoutTrailingBlankRows, type SpreadsheetData } from './sheetData';

/**
 * A CSV (or tab-separated text) as one sheet named after the file. The delimiter is detected from the
 * first rows; empty lines are kept so that row numbers match what Excel shows.
 */
export function readCsv(fileName: string, bytes: Uint8Array): SpreadsheetData {
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '') throw refuse('文件中没有任何内容，没有可导入的数据。');
  // Papaparse stops one row past the limit: a file of a million short lines is refused without
  // being split into a million arrays first.
  const parsed = Papa.parse<string[]>(text, { delimiter: '', delimitersToGuess: [',', '\t', ';', '|'], skipEmptyLines: false, preview: MAX_IMPORT_ROWS + 1 });
  const unclosed = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) {
    const row = (unclosed.row ?? 0) + 1;
    throw refuse(`CSV 文件第 ${row} 行的引号没有闭合，之后的内容无法分行读取。请检查该行（可能是单元格中有多余的英文双引号）。`);
  }
  const rows = withoutTrailingBlankRows(parsed.data);
  const more = parsed.meta.truncated && text.slice(parsed.meta.cursor).trim() !== '';
  if (rows.length > MAX_IMPORT_ROWS || more) throw refuse(tooManyRowsMessage('文件的行数'));
  let cells = 0;
  for (const row of rows) cells += row.length;
  if (cells > MAX_IMPORT_CELLS) throw refuse(tooManyCellsMessage());
  const name = fileName.replace(/\.[^.]*$/, '') || fileName;
  return { kind: 'csv', encoding, sheets: [{ name, rows, merges: [] }] };
}
