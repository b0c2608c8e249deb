import { posix } from 'node:path';
import { MAX_IMPORT_CELLS, tooManyCellsMessage } from '../../../../../../shared/domain/import/limits';
import { refuse } from '../refusal';
import { readXmlEntry } from './xmlEvents';
import { DAMAGED_WORKBOOK, type ZipEntry } from './zipArchive';

/** What the workbook's small parts say: its sheets in order, how dates count, which styles are dates, its strings. */
export interface WorkbookParts {
  sheets: { name: string; entry: ZipEntry }[];
  /** dates counted from 1904 (old Mac Excel) instead of 1900 */
  date1904: boolean;
  /** cellXfs indexes whose number format shows a date or time */
  dateStyles: Set<number>;
  sharedStrings: string[];
}

export type Entries = ReadonlyMap<string, ZipEntry>;

/**
 * Built-in number formats that show dates or times (Excel does not write their codes into the file).
 * 27–36 and 50–58 are the East Asian ones, which Chinese Excel uses for 2025年1月5日.
 */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A format code shows a date when, outside quoted text and [..] sections, it has y, m, d, h, s or b. */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function partPath(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return posix.normalize(posix.join(posix.dirname(from), target));
}

function relsPathOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

async function readRelationships(bytes: Uint8Array, entries: Entries, part: string): Promise<Map<string, { target: string; type: string }>> {
  const rels = new Map<string, { target: string; type: string }>();
  const entry = entries.get(relsPathOf(part));
  if (!entry) return rels;
  await readXmlEntry(bytes, entry, {
    open(name, a) {
      if (name === 'Relationship' && a.Id && a.Target) rels.set(a.Id, { target: partPath(part, a.Target), type: a.Type ?? '' });
    },
  });
  return rels;
}

async function readDateStyles(bytes: Uint8Array, entry: ZipEntry): Promise<Set<number>> {
  const customDates = new Set<number>();
  const dateStyles = new Set<number>();
  let inCellXfs = false;
  let xfIndex = 0;
  await readXmlEntry(bytes, entry, {
    open(name, a) {
      if (name === 'numFmt' && a.formatCode !== undefined && isDateFormat(a.formatCode)) customDates.add(Number(a.numFmtId));
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        if (BUILT_IN_DATE_FORMATS.has(id) || customDates.has(id)) dateStyles.add(xfIndex);
        xfIndex++;
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return dateStyles;
}

/** Each string's text, its rich-text runs joined; phonetic guides (rPh) are not part of what a person reads. */
async function readSharedStrings(bytes: Uint8Array, entry: ZipEntry): Promise<string[]> {
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let inPhonetic = false;
  await readXmlEntry(bytes, entry, {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't' && !inPhonetic) inText = true;
    },
    text(text) {
      if (inText && current !== null) current += text;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') {
        strings.push(current ?? '');
        current = null;
        if (strings.length > MAX_IMPORT_CELLS) throw refuse(tooManyCellsMessage());
      }
    },
  });
  return strings;
}

/** The workbook's parts other than its sheets, found through its relationships as Excel does. */
export async function readWorkbookParts(bytes: Uint8Array, entries: Entries): Promise<WorkbookParts> {
  const root = await readRelationships(bytes, entries, '');
  const workbookPath = [...root.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbookEntry = entries.get(workbookPath);
  if (!workbookEntry) throw refuse(DAMAGED_WORKBOOK);
  const rels = await readRelationships(bytes, entries, workbookPath);

  const listed: { name: string; rid: string }[] = [];
  let date1904 = false;
  await readXmlEntry(bytes, workbookEntry, {
    open(name, a) {
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      else if (name === 'sheet' && a.id) listed.push({ name: a.name ?? '', rid: a.id });
    },
  });
  const byType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
  const stylesEntry = entries.get(byType('/styles') ?? 'xl/styles.xml');
  const stringsEntry = entries.get(byType('/sharedStrings') ?? 'xl/sharedStrings.xml');
  const sheets: WorkbookParts['sheets'] = [];
  for (const s of listed) {
    const target = rels.get(s.rid);
    const entry = target && entries.get(target.target);
    // A chart sheet or a dialog sheet has no cells; only worksheets are read.
    if (entry && target.type.endsWith('/worksheet')) sheets.push({ name: s.name, entry });
  }
  return {
    sheets,
    date1904,
    dateStyles: stylesEntry ? await readDateStyles(bytes, stylesEntry) : new Set(),
    sharedStrings: stringsEntry ? await readSharedStrings(bytes, stringsEntry) : [],
  };
}
