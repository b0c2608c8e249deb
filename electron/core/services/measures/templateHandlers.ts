import { AppError } from '../../../../shared/contract/result';
import { todayInShanghai } from '../../../../shared/domain/dates';
import { templateMeasures } from '../../../../shared/domain/measures/template';
import { inWriteTransaction } from '../../store/writeTransaction';
import type { CoreDeps, Handlers } from '../../types';
import { actorOf } from '../../actor';
import { insertMeasure } from './measureWriter';
import { requirePorts } from '../../data/ports';

/**
 * The starting template: shown to the user with what is already in the register, and copied in
 * only when asked. Nothing applies it on its own.
 */
export function createTemplateHandlers({ store, now }: CoreDeps): Pick<Handlers, 'getMeasureTemplate' | 'applyMeasureTemplate'> {
  const { db } = store;
  return {
    async getMeasureTemplate() {
      const codes = new Set((await db.selectFrom('measures').select('code').execute()).map((r) => r.code));
      return {
        entries: templateMeasures().map((e) => ({ ...e, inRegister: codes.has(e.code) })),
        registerEmpty: codes.size === 0,
      };
    },

    async applyMeasureTemplate(input, ctx) {
      const entries = templateMeasures();
      const wanted = input.codes ? new Set(input.codes) : null;
      if (wanted) {
        const unknown = [...wanted].filter((c) => !entries.some((e) => e.code === c));
        if (unknown.length > 0) throw new AppError('INVALID_INPUT', `模板中没有这些措施：${unknown.join('、')}`, { codes: '所选措施不在模板中' });
      }
      requirePorts(store.sqlite, [...new Set(input.portIds)]);
      const actor = actorOf(ctx);
      const nowIso = now().toISOString();
      const today = todayInShanghai(now());
      return inWriteTransaction(store.sqlite, async () => {
        const existing = new Set((await db.selectFrom('measures').select('code').execute()).map((r) => r.code));
        const added: string[] = [];
        const skipped: string[] = [];
        for (const e of entries) {
          if (wanted && !wanted.has(e.code)) continue;
          if (existing.has(e.code)) {
            skipped.push(e.code);
            continue;
          }
          await insertMeasure(db, {
            fields: { ...e, portIds: input.portIds, startDate: null, endDate: null },
            status: 'planned',
            actor,
            nowIso,
            registeredOn: today,
            registrationNote: '由常见措施模板导入',
          });
          added.push(e.code);
        }
        return { added, skipped };
      });
    },
  };
}
