import { COMBINED_FIGURE_PARTS } from './kpi';
import { DAY_VALUE_KEYS, FIELD_BY_KEY, NUMERIC_FIELDS, type DayValueKey, type DayValues, type NumericFieldKey } from './dailyFields';

/**
 * What a day's figures must satisfy beyond each field's own range: the rules between fields and the
 * text limits. They belong to the domain, not to the contract: the contract's zod schema
 * (shared/contract/dayValues.ts) is built from them, and the import checks its rows by them without
 * loading zod for every row.
 */

/** The figures that say something moved across the border (goods, vehicles, people); a closed day has none of them. */
export const TRAFFIC_KEYS: readonly NumericFieldKey[] = (['freightKg', 'vehicles', 'persons'] as const).flatMap((total) => COMBINED_FIGURE_PARTS[total]);

/** The longest 闭关原因 a day takes, in characters. */
export const CLOSURE_REASON_MAX = 100;
/** The longest 备注 a day takes, in characters. */
export const NOTE_MAX = 500;

export interface DayRuleIssue {
  key: DayValueKey;
  message: string;
}

/**
 * The rules between fields: a closed day has no traffic and says why; an open one was open some
 * hours. One list for the schema and for the quick check below.
 */
export function dayRuleIssues(v: DayValues): DayRuleIssue[] {
  const issues: DayRuleIssue[] = [];
  if (v.portOpen === false) {
    for (const key of TRAFFIC_KEYS) {
      if ((v[key] ?? 0) > 0) issues.push({ key, message: `口岸当天未开放，${FIELD_BY_KEY[key].label}应为空或 0` });
    }
    if ((v.openCentihours ?? 0) > 0) issues.push({ key: 'openCentihours', message: '口岸当天未开放，开放时长应为空或 0' });
    if (!v.closureReason) issues.push({ key: 'closureReason', message: '口岸未开放时请填写闭关原因' });
  }
  if (v.portOpen === true && v.openCentihours === 0) issues.push({ key: 'openCentihours', message: '口岸开放时，开放时长应大于 0' });
  return issues;
}

const untrimmedTextWithin = (text: string | null, max: number) => text === null || (typeof text === 'string' && text.length <= max && text.trim() === text);

/**
 * Whether the day's schema accepts `v` exactly as it is (nothing to trim, every figure a whole number
 * in range, no rule broken), decided without zod. An import runs it on each of up to 100,000 rows and
 * asks the schema only about those it cannot pass, for their messages.
 */
export function passesDayValuesAsIs(v: DayValues): boolean {
  if (Object.keys(v).length !== DAY_VALUE_KEYS.length) return false;
  for (const f of NUMERIC_FIELDS) {
    const x = v[f.key];
    if (x !== null && !(Number.isSafeInteger(x) && x >= 0 && x <= f.maxStored)) return false;
  }
  if (v.portOpen !== null && typeof v.portOpen !== 'boolean') return false;
  if (!untrimmedTextWithin(v.closureReason, CLOSURE_REASON_MAX) || !untrimmedTextWithin(v.note, NOTE_MAX)) return false;
  return dayRuleIssues(v).length === 0;
}

/**
 * A verdict on a day's values with its messages, the shape zod's safeParse gives: the import's row
 * reader takes the contract's checker as a parameter, so the domain needs no schema of its own.
 */
export type DayValuesCheck =
  | { success: true; data: DayValues }
  | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
