import { NUMERIC_FIELDS, type DayValues } from '../dailyFields';
import { CLOSURE_REASON_MAX } from '../dayRules';

/**
 * Closures written the way clerks write them in their sheets: no "开放" column set to 否, just a row
 * of zeros (or nothing) and a remark such as "塌方,口岸关闭". Imported as it stands that day would be
 * an open day with no traffic, and the year's briefing would count it among the days open. Such a
 * row is proposed as closed, with the remark as the reason; the preview shows the proposal and the
 * clerk keeps or changes it before anything is written.
 */

/** Words that name a closure in a remark. */
export const CLOSURE_WORDS = ['关闭', '闭关', '停关', '封关', '关停', '闭口', '停止通关', '暂停通关', '塌方', '滑坡', '泥石流', '暴雪', '大雪', '雪灾', '封路', '断路', '断道', '地震', '洪水'] as const;

/** "未关闭", "不闭关", "没有封关": a remark that names a closure only to deny it. */
const DENIED = new RegExp(`(未|不|无|没有|非)(${CLOSURE_WORDS.join('|')})`);

/**
 * The closure reason a row proposes, or null: every figure zero or blank, the day not already
 * marked closed, and its remark (备注, or a 闭关原因 typed without 开放 = 否) naming a closure.
 */
export function proposedClosure(values: DayValues): string | null {
  if (values.portOpen === false) return null;
  if (NUMERIC_FIELDS.some((f) => (values[f.key] ?? 0) !== 0)) return null;
  for (const remark of [values.closureReason, values.note]) {
    const text = remark?.trim();
    if (!text || DENIED.test(text)) continue;
    if (CLOSURE_WORDS.some((w) => text.includes(w))) return text.slice(0, CLOSURE_REASON_MAX);
  }
  return null;
}
