import { parseTextCell, type CellResult, type RawCell } from '../import/cellParse';
import { epochDay, isValidIsoDate, addDays } from '../dates';
import type { StampMinutes } from './stages';

/**
 * A date and time of day in a cell, as Beijing wall-clock minutes since 1970-01-01 00:00.
 *
 * Customs systems export "2025-06-01 08:30[:15]", "2025/6/1 8:30", "2025年6月1日 8时30分" or an Excel
 * date-time (exceljs hands it over as a Date whose UTC fields are the wall time typed, and a number
 * as a serial with the time as its fraction). An instant with a zone ("…T00:30:00Z", "+08:00") is
 * turned into Beijing time. Seconds are dropped: stages are counted in whole minutes. A date without
 * a time of day is refused, since a stage of a few hours cannot be measured from dates.
 */

const MINUTES_PER_DAY = 1440;
const BEIJING_OFFSET_MIN = 480;
/** Excel serial of 1970-01-01 (serials after Lotus's phantom 29 February 1900). */
const EXCEL_SERIAL_1970 = 25569;

const ok = (value: StampMinutes | null): CellResult<StampMinutes | null> => ({ ok: true, value });
const fail = (reason: string): CellResult<StampMinutes | null> => ({ ok: false, reason });

function fromParts(y: string, mo: string, d: string, h: string, mi: string, written: string): CellResult<StampMinutes | null> {
  const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  if (!isValidIsoDate(iso)) return fail(`日期不存在：“${written}”`);
  const hour = Number(h);
  const minute = Number(mi);
  if (hour > 23 || minute > 59) return fail(`时刻不存在：“${written}”`);
  return ok(epochDay(iso) * MINUTES_PER_DAY + hour * 60 + minute);
}

const TEXT_STAMP = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?(?:\s+|T)?(\d{1,2})[:时点](\d{1,2})(?:[:分](\d{1,2}(?:\.\d+)?)秒?|分)?$/i;
const ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(z|[+-]\d{2}:?\d{2})$/i;
const DATE_ONLY = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?$/;

/** How customs systems write nearly every stamp; read without the normalisation the other forms need. */
const USUAL_STAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::\d{2})?$/;

export function parseStampCell(cell: RawCell): CellResult<StampMinutes | null> {
  if (cell === null || cell === undefined) return ok(null);
  if (typeof cell === 'string') {
    // A file of 100,000 declarations has 600,000 stamps: the usual form skips the Unicode work.
    const usual = USUAL_STAMP.exec(cell);
    if (usual) return fromParts(usual[1]!, usual[2]!, usual[3]!, usual[4]!, usual[5]!, cell);
  }
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return fail('日期时间无效');
    return ok(Math.floor(cell.getTime() / 60_000));
  }
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell <= 61 || cell >= 2_958_466) return fail(`“${cell}”不是日期时间`);
    if (Number.isInteger(cell)) return fail(`“${cell}”只有日期，缺少时刻（应为 2025-06-01 08:30 这样的日期时间）`);
    // Rounded to the minute first: 08:30 is stored by Excel as a binary fraction slightly under it.
    return ok(Math.round((cell - EXCEL_SERIAL_1970) * MINUTES_PER_DAY));
  }
  if (typeof cell === 'boolean') return fail('日期时间无法识别');
  const text = parseTextCell(cell);
  if (!text.ok || text.value === null) return ok(null);
  const written = text.value;
  const plain = written.normalize('NFKC').trim();
  if (ZONED.test(plain)) {
    const ms = new Date(plain).getTime();
    if (!Number.isNaN(ms)) return ok(Math.floor(ms / 60_000) + BEIJING_OFFSET_MIN);
  }
  const m = TEXT_STAMP.exec(plain);
  if (m) return fromParts(m[1]!, m[2]!, m[3]!, m[4]!, m[5]!, written);
  if (DATE_ONLY.test(plain)) return fail(`“${written}”只有日期，缺少时刻（应为 2025-06-01 08:30 这样的日期时间）`);
  return fail(`无法识别的日期时间“${written}”，请写成 2025-06-01 08:30 这样的日期时间`);
}

/** The calendar date (Beijing) of a stamp. */
export function stampDate(stamp: StampMinutes): string {
  return addDays('1970-01-01', Math.floor(stamp / MINUTES_PER_DAY));
}

/** "2025-06-01 08:30", how a stamp is shown. */
export function formatStamp(stamp: StampMinutes): string {
  const minute = ((stamp % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${stampDate(stamp)} ${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** The first minute of a calendar date. */
export function stampOfDate(iso: string): StampMinutes {
  return epochDay(iso) * MINUTES_PER_DAY;
}
