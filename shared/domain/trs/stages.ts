/**
 * Stage durations of one customs declaration (报关单), the Time Release Study way: the time between
 * the stamps the customs systems record. The rules are written down in docs/trs.md; in short:
 *
 * - Stamps are Beijing wall-clock minutes (UTC+8 all year, no daylight saving), so a difference is
 *   elapsed time. Nights, weekends and holidays count in full: under "5+2" the port clears on rest
 *   days, and the trader waits through them either way.
 * - A stage whose start or end stamp is missing is left out of that stage (never guessed).
 * - Declaring before the goods arrive (提前申报) is allowed: 到达→申报 is then 0, not negative.
 * - Any other pair of stamps out of order (放行 before 申报, 查验 outside 申报–放行, 提离 before 放行 …)
 *   makes every stamp of that declaration suspect: the import lists the row as invalid and does not
 *   store it; should such stamps reach this function anyway, every stage comes back null.
 * - The whole (整体通关时间) runs from 到达 (or 申报 when no arrival was stamped) to 提离/结关 (or 放行
 *   when no exit was stamped), as China's customs measure it for imports and exports.
 */

/** Minutes since 1970-01-01 00:00 Beijing time. */
export type StampMinutes = number;

export interface DeclarationStamps {
  arrival: StampMinutes | null;
  /** 申报: every declaration has one */
  declared: StampMinutes;
  inspectionStart: StampMinutes | null;
  inspectionEnd: StampMinutes | null;
  released: StampMinutes | null;
  /** 提离 (import) or 结关 (export) */
  exit: StampMinutes | null;
}

export const TRS_STAGES = ['arrivalToDeclaration', 'declarationToRelease', 'inspection', 'releaseToExit', 'whole'] as const;
export type TrsStage = (typeof TRS_STAGES)[number];

/** The three consecutive stages that make up the whole (查验 lies inside 申报→放行). */
export const SEQUENTIAL_STAGES = ['arrivalToDeclaration', 'declarationToRelease', 'releaseToExit'] as const satisfies readonly TrsStage[];

export const TRS_STAGE_LABELS: Record<TrsStage, string> = {
  arrivalToDeclaration: '到达→申报',
  declarationToRelease: '申报→放行',
  inspection: '查验',
  releaseToExit: '放行→提离',
  whole: '整体通关',
};

export type StageMinutes = Record<TrsStage, number | null>;

export interface StageResult {
  minutes: StageMinutes;
  /** stamps out of order: every stage is null */
  outOfOrder: string | null;
}

const NONE: StageMinutes = { arrivalToDeclaration: null, declarationToRelease: null, inspection: null, releaseToExit: null, whole: null };

/** Why the stamps cannot be right, in Chinese, or null when they are in order. */
export function orderProblem(s: DeclarationStamps): string | null {
  const before = (a: number | null, b: number | null) => a !== null && b !== null && b < a;
  if (before(s.declared, s.released)) return '放行时间早于申报时间';
  if (before(s.inspectionStart, s.inspectionEnd)) return '查验结束时间早于查验开始时间';
  if (before(s.declared, s.inspectionStart)) return '查验开始时间早于申报时间';
  if (before(s.inspectionEnd, s.released)) return '放行时间早于查验结束时间';
  if (before(s.released, s.exit)) return '提离/结关时间早于放行时间';
  if (before(s.declared, s.exit)) return '提离/结关时间早于申报时间';
  if (before(s.arrival, s.exit)) return '提离/结关时间早于到达时间';
  if (before(s.arrival, s.released)) return '放行时间早于到达时间';
  return null;
}

export function stageMinutes(s: DeclarationStamps): StageResult {
  const problem = orderProblem(s);
  if (problem) return { minutes: NONE, outOfOrder: problem };
  const span = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);
  const start = s.arrival ?? s.declared;
  const end = s.exit ?? s.released;
  return {
    outOfOrder: null,
    minutes: {
      arrivalToDeclaration: s.arrival === null ? null : Math.max(0, s.declared - s.arrival),
      declarationToRelease: span(s.declared, s.released),
      inspection: span(s.inspectionStart, s.inspectionEnd),
      releaseToExit: span(s.released, s.exit),
      whole: span(start, end),
    },
  };
}
