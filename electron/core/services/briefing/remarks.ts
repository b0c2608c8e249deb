import { AppError } from '../../../../shared/contract/result';
import type { BriefingPeriod, BriefingRemarks } from '../../../../shared/contract/briefing';
import { inWriteTransaction } from '../../store/writeTransaction';
import type { CoreDeps } from '../../types';
import type { StoreHandles } from '../../store/openStore';
import { findPeriodRow } from './periodRow';

const NONE: BriefingRemarks = { text: '', revision: 0, updatedAt: null, updatedBy: null };

type Db = CoreDeps['store']['db'];

function findRow(db: Db, portId: number | null, period: BriefingPeriod) {
  return findPeriodRow(db, 'briefing_remarks', portId, period);
}

/** The remarks kept for a briefing's port and period; empty, revision 0, when none were saved. */
export async function readRemarks(db: Db, portId: number | null, period: BriefingPeriod): Promise<BriefingRemarks> {
  const row = await findRow(db, portId, period);
  return row ? { text: row.text, revision: row.revision, updatedAt: row.updated_at, updatedBy: row.updated_by } : NONE;
}

export interface SaveRemarks {
  portId: number | null;
  period: BriefingPeriod;
  text: string;
  expectedRevision: number;
  actor: string;
  now: Date;
}

/**
 * Saves the remarks if nobody else saved them since the page loaded them (expectedRevision); an
 * unchanged text is not a new revision.
 */
export async function saveRemarks(store: StoreHandles, s: SaveRemarks): Promise<BriefingRemarks> {
  const { db } = store;
  return inWriteTransaction(store.sqlite, async () => {
    const row = await findRow(db, s.portId, s.period);
    const current = row?.revision ?? 0;
    if (current !== s.expectedRevision) {
      const who = row ? `${row.updated_by}（${row.updated_at.slice(0, 16).replace('T', ' ')}）` : '他人';
      throw new AppError('CONFLICT', `备注已被 ${who} 修改，请刷新后再编辑，以免覆盖对方的内容`);
    }
    const text = s.text.replace(/\r\n?/g, '\n');
    if (row && row.text === text) return { text, revision: row.revision, updatedAt: row.updated_at, updatedBy: row.updated_by };
    const at = s.now.toISOString();
    if (row) {
      await db
        .updateTable('briefing_remarks')
        .set({ text, revision: row.revision + 1, updated_at: at, updated_by: s.actor })
        .where('id', '=', row.id)
        .execute();
      return { text, revision: row.revision + 1, updatedAt: at, updatedBy: s.actor };
    }
    await db
      .insertInto('briefing_remarks')
      .values({
        port_id: s.portId,
        period_kind: s.period.kind,
        period_from: s.period.from,
        period_to: s.period.to,
        text,
        revision: 1,
        created_at: at,
        created_by: s.actor,
        updated_at: at,
        updated_by: s.actor,
      })
      .execute();
    return { text, revision: 1, updatedAt: at, updatedBy: s.actor };
  });
}
