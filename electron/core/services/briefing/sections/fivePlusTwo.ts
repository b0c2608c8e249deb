import type { BriefingFivePlusTwo } from '../../../../../shared/contract/briefing';
import type { FivePlusTwoReport } from '../../../../../shared/contract/calendar';
import { FIGURE_INFO, FIVE_PLUS_TWO_FIGURES, pctShare } from '../../../../../shared/domain/kpi';
import type { CallContext, Handlers } from '../../../types';
import type { BriefingHeading } from '../scope';

type FivePlusTwoHandler = Handlers['getFivePlusTwo'];

function add(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : a + b;
}

/**
 * The "5+2" figures of the days compared (the same as the KPI table's) from the calendar's report, added up over the
 * briefing's ports (rest days are port-days when several ports are briefed together). Null when the
 * period holds no rest day, or no rest day of it was recorded: a coverage of 0% would then say
 * nothing but that nobody has entered the figures yet.
 */
export async function fivePlusTwoSection(report: FivePlusTwoHandler, heading: BriefingHeading, ctx: CallContext): Promise<BriefingFivePlusTwo | null> {
  const { kind, from, to } = heading.period;
  // Every port's figures through the day the briefing's own figures end (its ports' last recorded day).
  const through = heading.elapsed.to;
  const reports: FivePlusTwoReport[] = [];
  for (const port of heading.ports) reports.push(await report({ portId: port.id, kind, from, to, through }, ctx));

  const sum = (pick: (r: FivePlusTwoReport) => number) => reports.reduce((n, r) => n + pick(r), 0);
  const restDays = sum((r) => r.current.restDays);
  if (restDays === 0 || sum((r) => r.current.restDaysRecorded) === 0) return null;
  const restDaysOpen = sum((r) => r.current.restDaysOpen);

  return {
    restDays,
    restDaysOpen,
    coveragePct: pctShare(restDaysOpen, restDays),
    weekendDays: sum((r) => r.current.weekendDays),
    holidayDays: sum((r) => r.current.holidayDays + r.current.regionalHolidayDays),
    volumes: FIVE_PLUS_TWO_FIGURES.map((figure) => {
      let total: number | null = null;
      let onRestDays: number | null = null;
      for (const r of reports) {
        total = add(total, r.current.volumes[figure].total);
        onRestDays = add(onRestDays, r.current.volumes[figure].onRestDays);
      }
      const info = FIGURE_INFO[figure];
      return { key: figure, label: info.label, kind: info.kind, total, onRestDays, restDaySharePct: pctShare(onRestDays ?? 0, total) };
    }),
    notice: reports.map((r) => r.notice).find((n): n is string => n !== null) ?? null,
  };
}
