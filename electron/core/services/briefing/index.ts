import type { CoreDeps, Handlers } from '../../types';
import type { briefingContract } from '../../../../shared/contract/briefing';
import { AppError } from '../../../../shared/contract/result';
import { actorOf } from '../../actor';
import { assembleBriefing } from './assemble';
import { briefingHeading } from './scope';
import { saveRemarks } from './remarks';
import { createBriefingSources } from './sources';
import { issueBriefingNumber, readLetterheadSettings, updateLetterhead } from './issues';
import { todayInShanghai } from '../../../../shared/domain/dates';

/** Told to the browser host's user, who prints through the browser instead. */
export const PDF_EXPORT_UNSUPPORTED =
  '浏览器版不能直接保存 PDF：请点“打印 / 另存为 PDF”，在浏览器的打印窗口中把“目标打印机”选为“另存为 PDF”后保存。';

/** Handlers of this domain's contract methods (shared/contract/briefing.ts); the parts are in ./briefing/. */
export function createBriefingHandlers(deps: CoreDeps): Pick<Handlers, keyof typeof briefingContract> {
  const sources = createBriefingSources(deps);
  return {
    async getBriefing(input, ctx) {
      return assembleBriefing(deps, input, ctx, sources);
    },

    async saveBriefingRemarks(input, ctx) {
      // Resolving the heading refuses an unknown port or a period that has not begun.
      await briefingHeading(deps, input.portId, input.period);
      return saveRemarks(deps.store, {
        portId: input.portId,
        period: input.period,
        text: input.text,
        expectedRevision: input.expectedRevision,
        actor: actorOf(ctx),
        now: deps.now(),
      });
    },

    async issueBriefing(input, ctx) {
      const heading = await briefingHeading(deps, input.portId, input.period);
      await issueBriefingNumber(deps.store, { portId: input.portId, period: input.period, today: heading.today, actor: actorOf(ctx), now: deps.now() });
      return assembleBriefing(deps, input, ctx, sources);
    },

    async getBriefingLetterhead() {
      return readLetterheadSettings(deps.store.db, todayInShanghai(deps.now()));
    },

    async updateBriefingLetterhead(input, ctx) {
      const today = todayInShanghai(deps.now());
      await updateLetterhead(deps.store.db, input, today, actorOf(ctx), deps.now());
      return readLetterheadSettings(deps.store.db, today);
    },

    async exportBriefingPdf(input, ctx) {
      const exporter = deps.host?.exportBriefingPdf;
      if (!exporter) throw new AppError('UNSUPPORTED', PDF_EXPORT_UNSUPPORTED);
      // Assembled here, for this caller: the page that prints it asks nothing of the API.
      return exporter({ briefing: await assembleBriefing(deps, input, ctx, sources) });
    },
  };
}
