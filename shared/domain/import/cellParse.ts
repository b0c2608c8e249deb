import { controlCharacterIn } from '../controlCharacters';
import { FIELD_BY_KEY, type NumericFieldDef, type NumericFieldKey } from '../dailyFields';
import { addDays, isValidIsoDate, todayInShanghai } from '../dates';
import { formatScaled, parsePlainDecimal, parseScaled } from '../scaledNumber';
import { displayUnitFactor, isPrefixedUnit, lookupUnit, type UnitFactor } from './headerMatch';

/**
 * Cells as people really fill them in, turned into the values a day holds.
 *
 * A cell arrives as the spreadsheet reader hands it over: text (including numbers formatted as text),
 * a JS number (Excel numbers and date serials), a boolean, a Date (exceljs gives dates at UTC midnight)
 * or null. Every parser answers with a result and, when it refuses, a reason in plain Chinese that
 * names what was in the cell, so the person can find and fix it in the sheet.
 */

export type RawCell = string | number | boolean | Date | null;

export type CellResult<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(reason: string): CellResult<T> => ({ ok: false, reason });

/** Marks people put in a cell to say "no figure" (a dash in several widths, a slash, N/A). */
const BLANK_MARKS = new Set(['', '-', '--', '—', '——', '–', '―', '/', 'n/a', 'na']);

/** Printable ASCII without spaces: NFKC and the replacements below leave it as it is. */
const PLAIN_ASCII = /^[!-~]*$/;

const HAS_CJK = /[\u4e00-\u9fff]/;

/** Full-width forms and stray spaces out; the text a person meant. */
function clean(text: string): string {
  // Most cells of a large file are plain ASCII figures and dates; they skip the Unicode work.
  if (PLAIN_ASCII.test(text)) return text.charCodeAt(0) === 39 ? text.slice(1) : text;
  return text
    .normalize('NFKC')
    .replace(/^'/, '') // Excel's "store as text" apostrophe, kept by some CSV exports
    .replace(/[\s\u200b]+/g, '')
    .replace(/(\d)。(\d)/g, '$1.$2'); // a Chinese IME full stop typed as the decimal point
}

const LONGEST_BLANK_MARK = Math.max(...[...BLANK_MARKS].map((m) => m.length));

function isBlankText(cleaned: string): boolean {
  return cleaned.length <= LONGEST_BLANK_MARK && BLANK_MARKS.has(cleaned.toLowerCase());
}

/** How a cell reads in a message. */
function shown(cell: RawCell): string {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '无效日期' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'number') return numberToDecimalString(cell);
  return String(cell ?? '').trim();
}

// ---------------------------------------------------------------------------------------------
// Numbers

/**
 * A JS number as the decimal a person saw in Excel. Excel keeps and shows 15 significant digits, so
 * rounding there removes float artefacts (0.1 + 0.2 = 0.30000000000000004 → "0.3") without
 * inventing precision; safe integers are written exactly.
 */
export function numberToDecimalString(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isSafeInteger(n)) return String(n === 0 ? 0 : n);
  const [mantissa = '0', exponent = '0'] = n.toPrecision(15).split('e');
  const negative = mantissa.startsWith('-');
  const [whole = '0', frac = ''] = (negative ? mantissa.slice(1) : mantissa).split('.');
  const digits = whole + frac;
  const point = whole.length + Number(exponent);
  let text: string;
  if (point <= 0) text = '0.' + '0'.repeat(-point) + digits;
  else if (point >= digits.length) text = digits + '0'.repeat(point - digits.length);
  else text = digits.slice(0, point) + '.' + digits.slice(point);
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  text = text.replace(/^0+(?=\d)/, '');
  return (negative && text !== '0' ? '-' : '') + text;
}

/** 2^43: below it a float's step is under 1/1000, so rounding a scaled figure cannot pick a neighbour. */
const FAST_PATH_LIMIT = 2 ** 43;

const MULTIPLIERS = new Map<string, number>([
  ['万', 4],
  ['亿', 8],
]);

/** The smallest step a field keeps, in words ("0.001 吨（1 千克）"). */
function stepText(def: NumericFieldDef): string {
  const step = `${formatScaled(1, def.scale)} ${def.unit}`;
  if (def.storedUnit === 'kg') return `${step}（1 千克）`;
  if (def.storedUnit === '元') return `1 元`;
  return step;
}

function precisionReason(def: NumericFieldDef, written: string, fromNumber: boolean): string {
  const head =
    def.scale === 0
      ? `${def.label}应为整数，“${written}”不是整数`
      : `${def.label}最多精确到 ${stepText(def)}，“${written}”超出了这一精度`;
  // A formula result may show 33.33 while holding 33.333333333333336: say so, or the cell looks fine.
  return fromNumber ? `${head}（单元格的实际值可能比显示的位数多，请在 Excel 中用 ROUND 函数取舍后再导入）` : head;
}

type Exponent = { ok: true; exp10: number } | { ok: false; reason: string };

/** The power of ten a cell's trailing text ("万", "亿元", "吨", "") puts on its number. */
function suffixExponent(key: NumericFieldKey, column: UnitFactor, suffix: string, written: string): Exponent {
  const def = FIELD_BY_KEY[key];
  if (suffix === '') return { ok: true, exp10: column.exp10 };
  const bare = MULTIPLIERS.get(suffix);
  if (bare !== undefined) {
    // "1.2万" in a 吨 column is 12000 吨; in a 万元 column "3亿" could mean 3亿元 or 3亿万元.
    if (isPrefixedUnit(key, column)) {
      return {
        ok: false,
        reason: `${def.label}这一列的单位已是${column.unit}，“${written}”中的“${suffix}”含义不明确，请写明单位（如“3亿元”）或直接按${column.unit}填写`,
      };
    }
    return { ok: true, exp10: column.exp10 + bare };
  }
  const whole = lookupUnit(key, suffix);
  if (whole.kind === 'found') return { ok: true, exp10: whole.unit.exp10 };
  const lead = MULTIPLIERS.get(suffix.charAt(0));
  if (lead !== undefined) {
    const rest = lookupUnit(key, suffix.slice(1));
    if (rest.kind === 'found') return { ok: true, exp10: rest.unit.exp10 + lead };
  }
  if (whole.kind === 'otherField') return { ok: false, reason: `单位“${suffix}”不适用于${def.label}（${written}）` };
  return { ok: false, reason: `${def.label}应为数字，无法识别“${written}”` };
}

/**
 * A figure, converted exactly to the field's stored integer (kg, 元, 人次, 1/100 h).
 * `column` is the unit the column was written in (from its header); a cell may still carry its own
 * unit or a 万/亿. Blank and dash mean "not known" (null).
 */
export function parseNumberCell(
  cell: RawCell,
  key: NumericFieldKey,
  column: UnitFactor = displayUnitFactor(key),
): CellResult<number | null> {
  const def = FIELD_BY_KEY[key];
  if (cell === null || cell === undefined) return ok(null);
  if (typeof cell === 'boolean') return fail(`${def.label}应为数字，单元格内容是 ${shown(cell)}`);
  if (cell instanceof Date) {
    return fail(`${def.label}应为数字，单元格却是日期（${shown(cell)}），请检查这一列的单元格格式`);
  }
  if (typeof cell === 'number' && !Number.isFinite(cell)) return fail(`${def.label}应为数字`);
  if (typeof cell === 'number') {
    // Most cells of a workbook are plain figures in the column's unit. Scaled in floating point,
    // one within an ulp of a whole number is exactly what the decimal route below gives (it
    // rounds to 15 significant digits, a far coarser step), as long as the whole number is small
    // enough for the scaling to be off by far less than one; anything else takes that route.
    const exp = column.exp10 + def.scale;
    if (cell >= 0 && exp >= 0 && exp <= 15) {
      const scaled = cell * 10 ** exp;
      const whole = Math.round(scaled);
      if (whole <= FAST_PATH_LIMIT && Math.abs(scaled - whole) <= Number.EPSILON * scaled) return ok(whole || 0);
    }
  }

  if (typeof cell === 'string') {
    // A plain figure in the column's unit ("74.742"): what the route below would give, at a fraction of its cost.
    const plain = parsePlainDecimal(cell, column.exp10 + def.scale);
    if (plain !== null) return ok(plain);
  }

  const fromNumber = typeof cell === 'number';
  const text = fromNumber ? numberToDecimalString(cell) : clean(cell);
  if (!fromNumber && isBlankText(text)) return ok(null);
  const written = fromNumber ? text : String(cell).trim();
  if (text.startsWith('#')) return fail(`${def.label}单元格是 Excel 错误值“${written}”，请先修正公式`);

  const parts = /^([+-]?[\d.,]*\d[\d.,]*)(.*)$/.exec(text);
  if (!parts) return fail(`${def.label}应为数字，无法识别“${written}”`);
  const [, numberPart = '', suffix = ''] = parts;
  // "12,5" is 12.5 to some and 125 to others: commas must group thousands to be read at all.
  if (numberPart.includes(',') && !/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(numberPart)) {
    return fail(`${def.label}“${written}”中的逗号位置不对，千分位应每三位一个逗号`);
  }
  const exp = suffixExponent(key, column, suffix.toLowerCase(), written);
  if (!exp.ok) return fail(exp.reason);

  const digits = numberPart.replace(/^\+/, '');
  const total = exp.exp10 + def.scale;
  const r = total >= 0 ? parseScaled(digits, total) : parseCoarse(digits, -total);
  if (r.ok) return ok(r.value);
  switch (r.reason) {
    case 'negative':
      return fail(`${def.label}不能为负数（${written}）`);
    case 'tooManyDecimals':
      return fail(precisionReason(def, written, fromNumber));
    case 'tooLarge':
      return fail(`${def.label}数值过大（${written}）`);
    default:
      return fail(`${def.label}应为数字，无法识别“${written}”`);
  }
}

/**
 * For a unit finer than the store keeps (none of the current units is): the figure must be a whole
 * multiple of 10^drop of it.
 */
function parseCoarse(digits: string, drop: number): ReturnType<typeof parseScaled> {
  const r = parseScaled(digits, 0);
  if (!r.ok) return r;
  const unit = 10 ** drop;
  return r.value % unit === 0 ? { ok: true, value: r.value / unit } : { ok: false, reason: 'tooManyDecimals' };
}

// ---------------------------------------------------------------------------------------------
// Dates

/** Numbers read as Excel date serials must land after this; a smaller one is a figure in the wrong column. */
export const EARLIEST_SERIAL_DATE = '1990-01-01';

/**
 * An Excel date serial (1 = 1900-01-01) as 'YYYY-MM-DD'. Excel counts a 29 February 1900 that never
 * was (serial 60, kept from Lotus 1-2-3), so serials after it are one day ahead of a plain count.
 * A fraction is a time of day and is dropped. Null for serial 60 and for anything out of range.
 */
export function excelSerialToIsoDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null; // 9999-12-31
  const day = Math.floor(serial);
  if (day === 60) return null;
  return addDays('1899-12-31', day < 60 ? day : day - 1);
}

function isoFromParts(y: string, m: string, d: string): CellResult<string> {
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  if (!isValidIsoDate(iso)) return fail(`日期不存在：${Number(y)}年${Number(m)}月${Number(d)}日`);
  return ok(iso);
}

function fromSerial(serial: number, written: string): CellResult<string> {
  const iso = excelSerialToIsoDate(serial);
  if (iso === null || iso < EARLIEST_SERIAL_DATE) {
    return fail(`“${written}”不像日期：数字只在为 Excel 日期序号时才能当作日期，请检查这一列`);
  }
  return ok(iso);
}

const TIME_OF_DAY = /^\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/;
const WEEKDAY = /^\(?(星期|周|礼拜)[一二三四五六日天]\)?$/;
/** Text after a date that changes nothing: a midnight/time of day, or the weekday people add. */
function ignorableTail(tail: string | undefined): boolean {
  return tail === undefined || tail === '' || TIME_OF_DAY.test(tail) || WEEKDAY.test(tail);
}

/**
 * A day's date. Accepts 2025-01-05, 2025/1/5, 2025.1.5, 2025年1月5日, 20250105, Date objects (read at
 * UTC, as exceljs writes them), Excel serials, and a full timestamp with a zone (taken in Asia/Shanghai).
 * Blank gives null; the row decides whether that is allowed.
 */
export function parseDateCell(cell: RawCell): CellResult<string | null> {
  if (cell === null || cell === undefined) return ok(null);
  if (typeof cell === 'boolean') return fail(`日期无法识别：单元格内容是 ${shown(cell)}`);
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return fail('日期无效');
    return ok(cell.toISOString().slice(0, 10));
  }
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 1000_01_01 && cell <= 9999_12_31) {
      const s = String(cell);
      return isoFromParts(s.slice(0, 4), s.slice(4, 6), s.slice(6, 8));
    }
    return fromSerial(cell, numberToDecimalString(cell));
  }

  const written = cell.trim();
  const text = clean(cell);
  if (isBlankText(text)) return ok(null);

  // A serialised instant ("2025-01-04T16:00:00.000Z") is a moment, not a calendar day: take the port's day.
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(z|[+-]\d{2}:?\d{2})$/i.test(text)) {
    const moment = new Date(text);
    if (!isValidIsoDate(text.slice(0, 10))) return isoFromParts(text.slice(0, 4), text.slice(5, 7), text.slice(8, 10));
    if (!Number.isNaN(moment.getTime())) return ok(todayInShanghai(moment));
  }
  const dashed = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:t(.*))?$/i.exec(text);
  if (dashed) {
    const [, y = '', , m = '', d = '', tail] = dashed;
    if (ignorableTail(tail)) return isoFromParts(y, m, d);
  }
  // Spaces were removed by clean(), so "2025-01-05 00:00:00" arrives as "2025-01-0500:00:00".
  const spaced = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/.exec(text);
  if (spaced) {
    const [, y = '', , m = '', d = ''] = spaced;
    return isoFromParts(y, m, d);
  }
  const chinese = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?(.*)$/.exec(text);
  if (chinese) {
    const [, y = '', m = '', d = '', tail] = chinese;
    if (ignorableTail(tail)) return isoFromParts(y, m, d);
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) {
    const [, y = '', m = '', d = ''] = compact;
    return isoFromParts(y, m, d);
  }
  if (/^\d{1,7}(\.\d+)?$/.test(text)) return fromSerial(Number(text), written);

  if (/^\d{1,2}月\d{1,2}[日号]?/.test(text)) return fail(`日期“${written}”缺少年份，请写成 2025-01-05 这样的完整日期`);
  if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(text)) {
    return fail(`日期“${written}”无法确定年月日的顺序，请按“年-月-日”填写，年份写四位（如 2025-01-05）`);
  }
  return fail(`无法识别的日期“${written}”，请写成 2025-01-05 这样的日期`);
}

// ---------------------------------------------------------------------------------------------
// Yes / no and text

const OPEN_WORDS = new Set(['是', '开放', '开', '开通', '正常', '正常开放', '已开放', 'y', 'yes', '1', 'true', 'open', 'opened', '√', '✓', '✔', '☑']);
const CLOSED_WORDS = new Set(['否', '关闭', '闭关', '关', '闭', '未开放', '不开放', '已关闭', 'n', 'no', '0', 'false', 'closed', 'close', '×', 'x', '✗', '✘', '✕', '☒']);

/** 口岸开放: 是/否 and the many ways of writing it. Blank gives null (not known). */
export function parseOpenCell(cell: RawCell): CellResult<boolean | null> {
  if (cell === null || cell === undefined) return ok(null);
  if (typeof cell === 'boolean') return ok(cell);
  if (cell instanceof Date) return fail(`口岸开放应填“是”或“否”，单元格却是日期（${shown(cell)}）`);
  const text = typeof cell === 'number' ? numberToDecimalString(cell) : clean(cell).toLowerCase();
  if (typeof cell === 'string' && isBlankText(text)) return ok(null);
  if (OPEN_WORDS.has(text)) return ok(true);
  if (CLOSED_WORDS.has(text)) return ok(false);
  return fail(`口岸开放应填“是”或“否”（也可写 开放/关闭、Y/N、1/0、√/×），“${shown(cell)}”无法识别`);
}

/** Free text (闭关原因, 备注, port name): trimmed; blank and a lone dash give null. */
export function parseTextCell(cell: RawCell): CellResult<string | null> {
  if (cell === null || cell === undefined) return ok(null);
  if (cell instanceof Date && Number.isNaN(cell.getTime())) return ok(null);
  // Kept as written (full-width punctuation included): only the blank test looks at a cleaned copy.
  // The apostrophe a CSV export puts before text starting like a formula (= + - @ tab CR) is not part of it.
  const text = shown(cell).trim().replace(/^'(?=[=+\-@\t\r])/, '');
  const control = controlCharacterIn(text);
  if (control) return fail(`含有不可见的控制字符（${control}），请在表格中删除后重新导入`);
  // A Chinese character is never part of a blank mark (NFKC maps none to a dash or slash): most
  // port names and notes skip the Unicode normalisation.
  return ok(!HAS_CJK.test(text) && isBlankText(clean(text)) ? null : text);
}
