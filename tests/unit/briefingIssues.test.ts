import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../shared/contract/briefing';
import { emptyDayValues } from '../../shared/domain/dailyFields';
import { signedInAs } from './helpers/signIn';
import { tempCore, TEST_CTX } from './helpers/tempCore';

let now = new Date('2025-07-10T04:00:00Z');
const NOW = () => now;
const JUNE = { kind: 'month', from: '2025-06-01', to: '2025-06-30' } as const;
const MAY = { kind: 'month', from: '2025-05-01', to: '2025-05-31' } as const;
const Q2 = { kind: 'quarter', from: '2025-04-01', to: '2025-06-30' } as const;

async function core() {
  now = new Date('2025-07-10T04:00:00Z');
  const c = await tempCore({ now: NOW });
  await c.ok('saveDays', {
    portId: 1,
    source: 'grid',
    confirmWarnings: true,
    days: [{ date: '2025-06-02', values: { ...emptyDayValues(), portOpen: true, personsIn: 1400, personsOut: 1350 } }],
  });
  return c;
}

const letterhead = { publication: '口岸通关工作简报', issuingBody: '聂拉木县口岸管理委员会办公室', reportTo: '县委办、县政府办', copyTo: '樟木海关、樟木边检站', nextNumber: 1 };

describe('the 简报 letterhead and its numbers', () => {
  it('prints the default issuing body and the number a briefing would get, not yet issued', async () => {
    const c = await core();
    const b = await c.ok('getBriefing', { portId: 1, period: JUNE });
    expect(b.letterhead).toEqual({ publication: '口岸通关工作简报', issuingBody: '聂拉木县口岸管理委员会办公室', reportTo: '', copyTo: '' });
    expect(b.issue).toEqual({ year: 2025, number: 1, issuedOn: '2025-07-10', issuedLabel: '2025年7月10日', issued: false });
  });

  it('numbers briefings in the order they are issued; issuing a period again keeps its number and date', async () => {
    const c = await core();
    const june = await c.ok('issueBriefing', { portId: 1, period: JUNE });
    expect(june.issue).toMatchObject({ number: 1, issued: true, issuedOn: '2025-07-10' });
    now = new Date('2025-07-12T04:00:00Z');
    const may = await c.ok('issueBriefing', { portId: 1, period: MAY });
    const all = await c.ok('issueBriefing', { portId: null, period: JUNE });
    const q2 = await c.ok('issueBriefing', { portId: 1, period: Q2 });
    expect([may.issue.number, all.issue.number, q2.issue.number]).toEqual([2, 3, 4]);
    const again = await c.ok('issueBriefing', { portId: 1, period: JUNE });
    expect(again.issue).toEqual({ year: 2025, number: 1, issuedOn: '2025-07-10', issuedLabel: '2025年7月10日', issued: true });
    // getBriefing reads the issue; the next new briefing gets 5
    expect((await c.ok('getBriefing', { portId: 1, period: MAY })).issue.number).toBe(2);
    expect((await c.ok('getBriefing', { portId: 1, period: { kind: 'month', from: '2025-04-01', to: '2025-04-30' } })).issue).toMatchObject({ number: 5, issued: false });
    // kept in the store: a fresh core over the same file says the same
    await c.close();
    const reopened = await tempCore({ now: NOW, dataDir: c.dataDir });
    expect((await reopened.ok('getBriefing', { portId: null, period: JUNE })).issue).toMatchObject({ number: 3, issued: true });
  });

  it('starts again at 第 1 期 in a new year', async () => {
    const c = await core();
    await c.ok('issueBriefing', { portId: 1, period: JUNE });
    await c.ok('issueBriefing', { portId: 1, period: MAY });
    now = new Date('2026-01-05T04:00:00Z');
    const dec = await c.ok('issueBriefing', { portId: 1, period: { kind: 'month', from: '2025-12-01', to: '2025-12-31' } });
    expect(dec.issue).toMatchObject({ year: 2026, number: 1, issuedOn: '2026-01-05' });
  });

  it('lets the administrator set the letterhead and the next number, audited, and prints them', async () => {
    const c = await core();
    await c.ok('issueBriefing', { portId: 1, period: MAY });
    const saved = await c.ok('updateBriefingLetterhead', { ...letterhead, publication: '  樟木口岸工作简报 ', nextNumber: 12 }, { ...TEST_CTX, actor: '管理员' });
    expect(saved).toMatchObject({ publication: '樟木口岸工作简报', nextNumber: 12, year: 2025, lastIssued: 1, updatedBy: '管理员' });
    const june = await c.ok('issueBriefing', { portId: 1, period: JUNE });
    expect(june.letterhead).toEqual({ publication: '樟木口岸工作简报', issuingBody: letterhead.issuingBody, reportTo: '县委办、县政府办', copyTo: '樟木海关、樟木边检站' });
    expect(june.issue.number).toBe(12);
    expect((await c.ok('getBriefingLetterhead', undefined)).nextNumber).toBe(13);

    const log = await c.ok('listAuditLog', { page: 1, pageSize: 10 });
    const entry = log.entries.find((e) => e.action === 'updateBriefingLetterhead');
    expect(entry?.userName).toBe('管理员');
    const change = entry?.changes.rows.find((r) => r.table === 'briefing_letterhead');
    expect(change).toMatchObject({ op: 'update', before: { publication: '口岸通关工作简报', next_number: 2 }, after: { publication: '樟木口岸工作简报', next_number: 12 } });
  });

  it('refuses a next number already used this year, and an empty issuing body, in Chinese at the field, writing nothing', async () => {
    const c = await core();
    await c.ok('issueBriefing', { portId: 1, period: MAY });
    await c.ok('issueBriefing', { portId: 1, period: JUNE });
    const used = await c.call('updateBriefingLetterhead', { ...letterhead, nextNumber: 2 }, TEST_CTX);
    expect(used).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fieldErrors: { nextNumber: '2025年已编发至第 2 期，下一期期号应不小于 3' } } });
    const blank = await c.call('updateBriefingLetterhead', { ...letterhead, issuingBody: '   ', nextNumber: 3 }, TEST_CTX);
    expect(blank).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fieldErrors: { issuingBody: '请填写编发单位' } } });
    const settings = await c.ok('getBriefingLetterhead', undefined);
    expect(settings).toMatchObject({ issuingBody: '聂拉木县口岸管理委员会办公室', reportTo: '', nextNumber: 3, lastIssued: 2 });
  });

  it('lets a clerk issue but only an administrator change the letterhead; a viewer does neither', async () => {
    const c = await core();
    const clerk = await signedInAs(c, 'clerk', 'clerk1');
    const viewer = await signedInAs(c, 'viewer', 'viewer1');
    expect((await c.call('issueBriefing', { portId: 1, period: JUNE }, viewer)).ok).toBe(false);
    expect((await c.call('updateBriefingLetterhead', letterhead, clerk)).ok).toBe(false);
    const issued = await c.call('issueBriefing', { portId: 1, period: JUNE }, clerk);
    expect(issued.ok && (issued.value as Briefing).issue).toMatchObject({ number: 1, issued: true });
    // the viewer reads the issued number
    const read = await c.call('getBriefing', { portId: 1, period: JUNE }, viewer);
    expect(read.ok && (read.value as Briefing).issue).toMatchObject({ number: 1, issued: true });
  });
});

describe('a year briefing', () => {
  it('has no 上期 column and no 环比: the year before is already 上年同期', async () => {
    const c = await core();
    await c.ok('saveDays', {
      portId: 1,
      source: 'grid',
      confirmWarnings: true,
      days: [{ date: '2024-03-04', values: { ...emptyDayValues(), portOpen: true, personsIn: 1000, personsOut: 1000 } }],
    });
    const year = await c.ok('getBriefing', { portId: 1, period: { kind: 'year', from: '2024-01-01', to: '2024-12-31' } });
    expect(year.kpis!.columns).toEqual({ current: '2024年', previous: null, lastYear: '2023年' });
    for (const row of year.kpis!.rows) expect([row.previous, row.momPct], row.key).toEqual([null, null]);
    expect(year.summary).not.toContain('环比');
    // a month keeps both
    const june = await c.ok('getBriefing', { portId: 1, period: JUNE });
    expect(june.kpis!.columns.previous).toBe('2025年5月');
  });
});
