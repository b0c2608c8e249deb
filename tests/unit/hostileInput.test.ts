import crypto from 'node:crypto';
import fc from 'fast-check';
import type BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { tempCore, TEST_CTX } from './helpers/tempCore';
import { contract, ERROR_CODES, METHOD_NAMES, type MethodName } from '../../shared/contract';
import { startWebHost } from '../../electron/web/server';
import { emptyDayValues } from '../../shared/domain/dailyFields';

/**
 * Hostile input over every contract method, including those added later (the list is METHOD_NAMES):
 * wrong types, huge strings, NaN and negative numbers, SQL fragments, prototype keys. Never a crash
 * (an INTERNAL error counts as one), never a write from a refused input, always a clear Chinese message.
 */

const RUNS_PER_METHOD = 60;
const HUGE = 'x'.repeat(1_000_000);
const CJK = /[\u4e00-\u9fff]/;

const SQL_AND_FRIENDS = [
  "'; DROP TABLE daily_records; --",
  "1 OR 1=1",
  "Robert'); DELETE FROM users; --",
  "' UNION SELECT password FROM users --",
  '%',
  '_',
  '\\',
  '\u0000',
  '../../../../etc/passwd',
  '..\\..\\Windows\\win.ini',
  '<script>alert(1)</script>',
  "=cmd|' /C calc'!A0",
  '__proto__',
  'constructor',
  '2025-02-30',
  '9999-99-99',
  'NaN',
  '-1',
  '1e309',
  '　',
  '🙂',
];

const hostileString = fc.oneof(fc.string(), fc.constantFrom(...SQL_AND_FRIENDS), fc.constant(HUGE), fc.string({ unit: 'grapheme', maxLength: 50 }));
const hostileNumber = fc.oneof(
  fc.constantFrom(Number.NaN, -1, -0, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 2, 1e308, 0.5, -1e-9, 2 ** 31, 2 ** 63),
  fc.double(),
  fc.integer(),
);
const leaf = fc.oneof(hostileString, hostileNumber, fc.boolean(), fc.constant(null), fc.constant(undefined));
const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('value'), { maxLength: 4 }), tie('object')),
  object: fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf')), tie('value'), { maxKeys: 4 }),
})).value;

/** An object with "__proto__" as an own key, as JSON.parse makes it from a request body. */
const prototypeKeyed = fc
  .record({ polluted: fc.constant(true), role: fc.constant('admin') })
  .map((payload) => JSON.parse(`{"__proto__": ${JSON.stringify(payload)}, "constructor": {"prototype": ${JSON.stringify(payload)}}}`) as unknown);

/** The top-level keys of a method's input schema (zod 4), so that values go where a handler would look. */
function shapeKeys(schema: unknown): string[] {
  let s = schema as { def?: { type?: string; innerType?: unknown; in?: unknown }; shape?: Record<string, unknown> } | undefined;
  for (let i = 0; i < 6 && s?.def; i++) {
    if (s.def.type === 'object' && s.shape) return Object.keys(s.shape);
    s = (s.def.innerType ?? s.def.in) as typeof s;
  }
  return [];
}

const aDay = { ...emptyDayValues(), personsIn: 1200, portOpen: true, openCentihours: 1000, note: '正常' };

/**
 * Valid inputs of known methods: each is also fuzzed one place at a time (a field replaced, removed or
 * joined by a prototype key), which reaches the refinements behind the first type check. A method
 * without an example here still gets the generic inputs below.
 */
const VALID_EXAMPLES: Partial<Record<MethodName, unknown>> = {
  createPort: { name: '吉隆口岸', code: 'GYIRONG' },
  renamePort: { id: 1, name: '樟木边境口岸' },
  setPortDisabled: { id: 1, disabled: true },
  getDay: { portId: 1, date: '2025-06-01' },
  getMonth: { portId: 1, month: '2025-06' },
  saveDay: { portId: 1, date: '2025-06-01', values: aDay, expectedRevision: null, confirmWarnings: true },
  saveDays: { portId: 1, days: [{ date: '2025-06-01', values: aDay }], source: 'grid', confirmWarnings: true },
  getDayHistory: { portId: 1, date: '2025-06-01' },
  createFirstAdmin: { username: 'admin', displayName: '管理员', password: 'admin-password' },
  login: { username: 'admin', password: 'admin-password' },
  changeOwnPassword: { currentPassword: 'admin-password', newPassword: 'another-password' },
  createUser: { username: 'clerk', displayName: '录入员', role: 'clerk', password: 'clerk-password' },
  updateUser: { id: 1, displayName: '新名字', role: 'viewer', disabled: false },
  resetPassword: { id: 1, newPassword: 'reset-password' },
  listAuditLog: { filter: { from: '2025-01-01', to: '2025-12-31', userName: '测试', action: 'saveDay', search: '2025' }, page: 1, pageSize: 20 },
  exportAuditLog: { filter: { search: 'x' } },
  updateTrustSettings: { lockMinutes: 15, backupKeep: 7 },
  restoreBackup: { path: '/no/such/backup.sqlite' },
};

/** Every path to a value inside an example (['values', 'personsIn'], ['days', 0, 'date'] …). */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => pathsOf((value as Record<string | number, unknown>)[k], [...prefix, k]))];
}

function mutate(example: unknown, at: (string | number)[], how: 'replace' | 'remove' | 'proto', replacement: unknown): unknown {
  if (at.length === 0) {
    if (how === 'proto' && example !== null && typeof example === 'object' && !Array.isArray(example)) {
      return JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(example).slice(1)}`.replace(', }', '}'));
    }
    return replacement;
  }
  const [head, ...rest] = at;
  const copy = (Array.isArray(example) ? [...example] : { ...(example as object) }) as Record<string | number, unknown>;
  if (rest.length === 0 && how === 'remove') {
    delete copy[head!];
    return copy;
  }
  copy[head!] = mutate(copy[head!], rest, how, replacement);
  return copy;
}

function nearValid(example: unknown): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.constantFrom(...pathsOf(example)), fc.constantFrom('replace' as const, 'remove' as const, 'proto' as const), hostileValue)
    .map(([at, how, replacement]) => mutate(example, at, how, replacement));
}

function inputsFor(name: MethodName): fc.Arbitrary<unknown> {
  const keys = shapeKeys(contract[name].input);
  const shaped =
    keys.length === 0
      ? hostileValue
      : fc.tuple(fc.subarray(keys), fc.array(hostileValue, { minLength: keys.length, maxLength: keys.length }), fc.boolean()).map(([chosen, values, withProto]) => {
          const entries: [string, unknown][] = chosen.map((k, i) => [k, values[i]]);
          if (withProto) entries.push(['__proto__', { polluted: true }], ['constructor', { prototype: { polluted: true } }]);
          return Object.fromEntries(entries);
        });
  const example = VALID_EXAMPLES[name];
  return example === undefined ? fc.oneof(hostileValue, shaped, prototypeKeyed) : fc.oneof(hostileValue, shaped, prototypeKeyed, nearValid(example), nearValid(example));
}

/** A digest of every row of every table: any write changes it. */
function checksum(sqlite: BetterSqlite3.Database, except: readonly string[] = []): string {
  const hash = crypto.createHash('sha256');
  const tables = sqlite.prepare(`SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[];
  for (const { name } of tables) {
    if (except.includes(name)) continue;
    const rows = (sqlite.prepare(`SELECT * FROM main."${name.replace(/"/g, '""')}"`).all() as unknown[]).map((r) => JSON.stringify(r)).sort();
    hash.update(name).update(rows.join('\n'));
  }
  return hash.digest('hex');
}

const ERROR_CODE_SET = new Set<string>(ERROR_CODES);

afterAll(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'role')).toBe(false);
});

describe('hostile input to every contract method', () => {
  it('covers the whole contract', () => {
    expect(METHOD_NAMES.length).toBeGreaterThan(20);
  });

  for (const name of METHOD_NAMES) {
    it(`${name}: never a crash, never a write from a refused input, always a clear message`, async () => {
      const core = await tempCore();
      // Sign-in failures are recorded in the audit log on purpose: that is their only trace.
      const except = name === 'login' ? ['audit_log', 'audit_head'] : [];
      await fc.assert(
        fc.asyncProperty(inputsFor(name), async (input) => {
          const before = checksum(core.store.sqlite, except);
          let result;
          try {
            result = await core.call(name, input, TEST_CTX);
          } catch (e) {
            throw new Error(`${name} threw instead of returning an error: ${String(e)}`);
          }
          expect(typeof result.ok).toBe('boolean');
          if (result.ok) return;
          const { code, message } = result.error;
          expect(ERROR_CODE_SET.has(code), `unknown code ${code}`).toBe(true);
          expect(code, `${name} crashed on ${JSON.stringify(input)?.slice(0, 300)}`).not.toBe('INTERNAL');
          expect(message).toMatch(CJK);
          expect(message.length).toBeLessThan(2000); // a huge input is never echoed back
          expect(checksum(core.store.sqlite, except), `${name} wrote although it refused the input`).toBe(before);
        }),
        { numRuns: RUNS_PER_METHOD, seed: Number(process.env.FC_SEED ?? Date.now() % 2 ** 31) },
      );
      expect(core.store.sqlite.inTransaction).toBe(false);
      expect(core.store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      // An accepted loadDemoData writes three years of days and a year of declarations each time.
    }, name === 'loadDemoData' ? 180_000 : 60_000);
  }
});

describe('hostile request bodies through the browser host', () => {
  it('any JSON (or not) to any method: a JSON answer with a Chinese message, never a 500', async () => {
    const core = await tempCore();
    const host = await startWebHost({ core, port: 0 });
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...METHOD_NAMES, '__proto__', 'constructor', 'toString', '..%2F..%2Fetc', ''),
          fc.oneof(fc.json(), fc.string(), fc.constant('{"__proto__": {"polluted": true}}'), fc.constant('[' .repeat(5000))),
          async (method, body) => {
            const res = await fetch(`${host.url}/api/${method}`, { method: 'POST', body });
            const parsed = (await res.json()) as { ok: boolean; error?: { message: string; code: string } };
            expect(res.status).not.toBe(500);
            if (!parsed.ok) expect(parsed.error!.message).toMatch(CJK);
          },
        ),
        { numRuns: 150 },
      );
    } finally {
      await host.close();
    }
  }, 60_000);
});
