import type { TrsMeasureEffect } from '../../../../shared/contract/trs';
import { AppError } from '../../../../shared/contract/result';
import { addDays, todayInShanghai } from '../../../../shared/domain/dates';
import { pctChange } from '../../../../shared/domain/kpi';
import type { TrsStage } from '../../../../shared/domain/trs/stages';
import type { CoreDeps } from '../../types';
import { buildTrsReport } from './report';

/**
 * What a measure did to one stage: the stage's median (with n, P90, mean) over `windowDays` before
 * the measure's start and as many days from it (cut at today), per direction. Descriptive only: a
 * change of the median is shown with the counts behind it, not declared significant; other things
 * changed in those days too (seasons above all), which is why the windows are short and equal.
 */
export async function measureStageEffect(
  deps: CoreDeps,
  input: { measureId: number; portId: number | null; stage: TrsStage; windowDays: number },
): Promise<TrsMeasureEffect> {
  const m = await deps.store.db.selectFrom('measures').select(['id', 'code', 'title', 'start_date']).where('id', '=', input.measureId).executeTakeFirst();
  if (!m) throw new AppError('NOT_FOUND', '所选措施不存在，请刷新后重试');
  if (!m.start_date) throw new AppError('INVALID_INPUT', `措施“${m.title}”还没有开始日期，无法比较实施前后`);
  const today = todayInShanghai(deps.now());
  if (m.start_date > today) throw new AppError('INVALID_INPUT', `措施“${m.title}”的开始日期 ${m.start_date} 还没到，无法比较实施前后`);
  const before = { from: addDays(m.start_date, -input.windowDays), to: addDays(m.start_date, -1) };
  const afterTo = addDays(m.start_date, input.windowDays - 1);
  const after = { from: m.start_date, to: afterTo < today ? afterTo : today };
  const of = (span: { from: string; to: string }) => buildTrsReport(deps.store.sqlite, { ...span, portId: input.portId }).groups.filter((g) => g.inspection === 'all');
  const b = of(before);
  const a = of(after);
  return {
    measure: { id: m.id, code: m.code, title: m.title, startDate: m.start_date },
    stage: input.stage,
    before,
    after,
    rows: (['import', 'export'] as const).map((direction) => {
      const was = b.find((g) => g.direction === direction)!.stages[input.stage];
      const now = a.find((g) => g.direction === direction)!.stages[input.stage];
      return { direction, before: was, after: now, medianChangePct: pctChange(now.median, was.median) };
    }),
  };
}
