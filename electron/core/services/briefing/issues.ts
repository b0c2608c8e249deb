import type { BriefingIssue, BriefingLetterhead, BriefingPeriod, LetterheadSettings } from '../../../../shared/contract/briefing';
import { AppError } from '../../../../shared/contract/result';
import { formatDateLabel } from '../../../../shared/domain/format';
import { inWriteTransaction } from '../../store/writeTransaction';
import type { CoreDeps } from '../../types';
import type { StoreHandles } from '../../store/openStore';
import { findPeriodRow } from './periodRow';

/**
 * The 简报's letterhead and its numbering (migration 0010). A briefing is numbered when it is
 * issued (printed or exported): 第 N 期 counts within the year of issue, from the administrator's
 * "next number" or one past the highest issued, whichever is higher, so a number is never given
 * twice. An issued period keeps its number and date however often it is printed again.
 */

type Db = CoreDeps['store']['db'];

export interface LetterheadChange extends BriefingLetterhead {
  nextNumber: number;
}

async function letterheadRow(db: Db) {
  return db.selectFrom('briefing_letterhead').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
}

async function lastIssuedIn(db: Db, year: number): Promise<number | null> {
  const row = await db.selectFrom('briefing_issues').select((eb) => eb.fn.max('issue_number').as('n')).where('issue_year', '=', year).executeTakeFirst();
  return row?.n ?? null;
}

/** The number the next briefing issued in `year` gets. */
async function nextNumberIn(db: Db, year: number): Promise<{ next: number; lastIssued: number | null }> {
  const row = await letterheadRow(db);
  const lastIssued = await lastIssuedIn(db, year);
  const set = row.next_number_year === year ? row.next_number : 1;
  return { next: Math.max(set, (lastIssued ?? 0) + 1), lastIssued };
}

const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));

export async function readLetterhead(db: Db): Promise<BriefingLetterhead> {
  const row = await letterheadRow(db);
  return { publication: row.publication, issuingBody: row.issuing_body, reportTo: row.report_to, copyTo: row.copy_to };
}

export async function readLetterheadSettings(db: Db, today: string): Promise<LetterheadSettings> {
  const row = await letterheadRow(db);
  const year = yearOf(today);
  const { next, lastIssued } = await nextNumberIn(db, year);
  return {
    publication: row.publication,
    issuingBody: row.issuing_body,
    reportTo: row.report_to,
    copyTo: row.copy_to,
    nextNumber: next,
    year,
    lastIssued,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/** Saves the letterhead; a next number at or below one already issued this year is refused. */
export async function updateLetterhead(db: Db, change: LetterheadChange, today: string, actor: string, now: Date): Promise<void> {
  const year = yearOf(today);
  const lastIssued = await lastIssuedIn(db, year);
  if (lastIssued !== null && change.nextNumber <= lastIssued) {
    const message = `${year}年已编发至第 ${lastIssued} 期，下一期期号应不小于 ${lastIssued + 1}`;
    throw new AppError('INVALID_INPUT', message, { nextNumber: message });
  }
  await db
    .updateTable('briefing_letterhead')
    .set({
      publication: change.publication,
      issuing_body: change.issuingBody,
      report_to: change.reportTo,
      copy_to: change.copyTo,
      next_number: change.nextNumber,
      next_number_year: year,
      updated_at: now.toISOString(),
      updated_by: actor,
    })
    .where('id', '=', 1)
    .execute();
}

function findIssue(db: Db, portId: number | null, period: BriefingPeriod) {
  return findPeriodRow(db, 'briefing_issues', portId, period);
}

function issueOf(row: { issue_year: number; issue_number: number; issued_on: string }): BriefingIssue {
  return { year: row.issue_year, number: row.issue_number, issuedOn: row.issued_on, issuedLabel: formatDateLabel(row.issued_on), issued: true };
}

/** The issue of a briefing: as issued, or (not yet) the number and date it would get today. */
export async function readIssue(db: Db, portId: number | null, period: BriefingPeriod, today: string): Promise<BriefingIssue> {
  const row = await findIssue(db, portId, period);
  if (row) return issueOf(row);
  const year = yearOf(today);
  const { next } = await nextNumberIn(db, year);
  return { year, number: next, issuedOn: today, issuedLabel: formatDateLabel(today), issued: false };
}

/** Issues a briefing (the next number of today's year) unless it was issued already. */
export async function issueBriefingNumber(
  store: StoreHandles,
  s: { portId: number | null; period: BriefingPeriod; today: string; actor: string; now: Date },
): Promise<BriefingIssue> {
  const { db } = store;
  return inWriteTransaction(store.sqlite, async () => {
    const existing = await findIssue(db, s.portId, s.period);
    if (existing) return issueOf(existing);
    const year = yearOf(s.today);
    const { next } = await nextNumberIn(db, year);
    if (next > 9999) throw new AppError('CONFLICT', `${year}年的期号已用完（至第 9999 期），请管理员在“简报设置”中核对期号`);
    const row = {
      port_id: s.portId,
      period_kind: s.period.kind,
      period_from: s.period.from,
      period_to: s.period.to,
      issue_year: year,
      issue_number: next,
      issued_on: s.today,
      issued_at: s.now.toISOString(),
      issued_by: s.actor,
    };
    await db.insertInto('briefing_issues').values(row).execute();
    await db.updateTable('briefing_letterhead').set({ next_number: next + 1, next_number_year: year }).where('id', '=', 1).execute();
    return issueOf(row);
  });
}
