import { z } from './zodChinese';
import {
  NUMERIC_FIELDS,
  type DayValues,
  type NumericFieldDef,
  type NumericFieldKey,
} from '../domain/dailyFields';
import { CLOSURE_REASON_MAX, dayRuleIssues, NOTE_MAX, passesDayValuesAsIs } from '../domain/dayRules';
import { formatScaled, parseScaled } from '../domain/scaledNumber';

/**
 * Validation of a day's figures, shared by the form (before sending) and the core (before writing),
 * so the clerk sees exactly the message the store would give, at the field it is about. The rules
 * themselves are the domain's (shared/domain/dayRules.ts); this file turns them into zod schemas.
 */

function tooLargeMessage(def: NumericFieldDef): string {
  return `${def.label}不能超过 ${formatScaled(def.maxStored, def.scale)} ${def.unit}`;
}

function storedNumber(def: NumericFieldDef) {
  return z
    .number({ error: `${def.label}应为数字` })
    // The range first, and stop there: 1e308 is too large, not a figure with too many decimals.
    .min(0, { message: `${def.label}不能为负数`, abort: true })
    .max(def.maxStored, { message: tooLargeMessage(def), abort: true })
    .int(def.scale === 0 ? `${def.label}应为整数` : `${def.label}最多保留 ${def.scale} 位小数`)
    .nullable();
}

const numericShape = Object.fromEntries(NUMERIC_FIELDS.map((f) => [f.key, storedNumber(f)])) as {
  [K in NumericFieldKey]: ReturnType<typeof storedNumber>;
};

export const dayValuesSchema = z
  .object({
    ...numericShape,
    portOpen: z.boolean().nullable(),
    closureReason: z.string().trim().max(CLOSURE_REASON_MAX, `闭关原因不超过 ${CLOSURE_REASON_MAX} 个字`).nullable(),
    note: z.string().trim().max(NOTE_MAX, `备注不超过 ${NOTE_MAX} 个字`).nullable(),
  })
  .strict()
  .superRefine((v, ctx) => {
    for (const issue of dayRuleIssues(v)) ctx.addIssue({ code: 'custom', path: [issue.key], message: issue.message });
  }) satisfies z.ZodType<DayValues>;

/** dayValuesSchema's verdict, by the quick check when it passes (most days of an import do). */
export function checkDayValues(v: DayValues): ReturnType<typeof dayValuesSchema.safeParse> {
  return passesDayValuesAsIs(v) ? { success: true, data: v } : dayValuesSchema.safeParse(v);
}

const SCALE_MESSAGES = {
  notANumber: (d: NumericFieldDef) => `${d.label}应为数字`,
  negative: (d: NumericFieldDef) => `${d.label}不能为负数`,
  tooManyDecimals: (d: NumericFieldDef) =>
    d.scale === 0 ? `${d.label}应为整数` : `${d.label}最多保留 ${d.scale} 位小数`,
  tooLarge: (d: NumericFieldDef) => `${d.label}数值过大`,
};

/** A numeric field as typed: text in the display unit → stored integer (or null when blank). */
function typedNumber(def: NumericFieldDef) {
  return z
    .string()
    .transform((text, ctx) => {
      if (text.trim() === '') return null;
      const r = parseScaled(text, def.scale);
      // The bound is checked here too so that it is reported together with other fields' errors
      // (the piped schema only runs once every field has parsed).
      if (r.ok && r.value <= def.maxStored) return r.value;
      if (r.ok) {
        ctx.addIssue({ code: 'custom', message: tooLargeMessage(def) });
        return z.NEVER;
      }
      ctx.addIssue({ code: 'custom', message: SCALE_MESSAGES[r.reason](def) });
      return z.NEVER;
    });
}

const typedShape = Object.fromEntries(NUMERIC_FIELDS.map((f) => [f.key, typedNumber(f)])) as {
  [K in NumericFieldKey]: ReturnType<typeof typedNumber>;
};

const optionalText = z.string().transform((s) => (s.trim() === '' ? null : s.trim()));

/** The day form's text boxes, turned into the values the contract takes and checked by the same rules. */
export const dayFormSchema = z
  .object({
    ...typedShape,
    portOpen: z.enum(['', 'open', 'closed']).transform((s) => (s === '' ? null : s === 'open')),
    closureReason: optionalText,
    note: optionalText,
  })
  .pipe(dayValuesSchema);

export type DayFormText = z.input<typeof dayFormSchema>;

/** Stored values → the text the form shows. */
export function dayValuesToText(v: DayValues): DayFormText {
  const numeric = Object.fromEntries(
    NUMERIC_FIELDS.map((f) => [f.key, v[f.key] === null ? '' : formatScaled(v[f.key] as number, f.scale)]),
  ) as Record<NumericFieldKey, string>;
  return {
    ...numeric,
    portOpen: v.portOpen === null ? '' : v.portOpen ? 'open' : 'closed',
    closureReason: v.closureReason ?? '',
    note: v.note ?? '',
  };
}

/**
 * zod issues → one message per dotted path, first message wins. A field the input does not accept
 * (a strict write input, see define.ts) is named at its own path, not at the object holding it.
 */
export function issuesToFieldErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string; code?: string; keys?: readonly string[] }[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      for (const k of issue.keys) out[[...issue.path.map(String), k].join('.')] ??= `不接受字段“${k}”，请去掉后再提交`;
      continue;
    }
    const key = issue.path.map(String).join('.') || '_';
    out[key] ??= issue.message;
  }
  return out;
}
