/**
 * The title a briefing is printed under and the file name it is saved as, from who it is about and
 * its period: "樟木口岸通关情况简报（2025年6月）", "樟木口岸通关简报_2025年6月.pdf".
 */

/** What "all ports" is called in a title. */
export const ALL_PORTS_LABEL = '全部口岸';

export function briefingTitle(scopeLabel: string, periodLabel: string): string {
  return `${scopeLabel}通关情况简报（${periodLabel}）`;
}

/**
 * Characters Windows refuses in a file name (and "/" everywhere); control characters too. The en
 * dash of "1–6月" is kept: it is a valid character and reads as the label does.
 */
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f]/g;

export function briefingFileName(scopeLabel: string, periodLabel: string): string {
  const base = `${scopeLabel}通关简报_${periodLabel}`.replace(UNSAFE_IN_FILE_NAME, '_').trim();
  return `${base}.pdf`;
}
