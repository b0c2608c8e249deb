import crypto from 'node:crypto';

/** Keys whose values never reach the audit log (passwords, and anything named like a secret). */
export const SECRET_KEY = /pass(word)?|secret|token|salt/i;
export const REDACTED = '••••••';

const MAX_TEXT = 2000;
const MAX_ITEMS = 200;
const MAX_DEPTH = 8;

/**
 * A copy of a call's input fit for the audit log: secrets masked, long texts (an uploaded file)
 * replaced by their length and SHA-256, so the entry still proves which file it was without holding it.
 * Keys are copied as own properties (Object.fromEntries), so "__proto__" stays a plain key.
 */
export function redactForAudit(value: unknown, depth = 0): unknown {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'string') {
    if (value.length <= MAX_TEXT) return value;
    const digest = crypto.createHash('sha256').update(value).digest('hex');
    return `[长文本已省略：${value.length} 字，SHA-256 ${digest}]`;
  }
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object') return undefined;
  if (depth >= MAX_DEPTH) return '[层级过深，已省略]';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((v) => redactForAudit(v, depth + 1) ?? null);
    if (value.length > MAX_ITEMS) items.push(`[其余 ${value.length - MAX_ITEMS} 项已省略]`);
    return items;
  }
  return Object.fromEntries(
    Object.keys(value)
      .map((k) => [k, SECRET_KEY.test(k) ? REDACTED : redactForAudit((value as Record<string, unknown>)[k], depth + 1)] as const)
      .filter(([, v]) => v !== undefined),
  );
}

/** A stored row's columns with secrets masked (the users table's password hash). */
export function redactRow(row: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!row) return null;
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, SECRET_KEY.test(k) ? REDACTED : v]));
}
