/**
 * Resolves once the page can be printed: the bundled CJK font is loaded (document.fonts.ready
 * alone can resolve before a font that no text has used yet has even started loading) and every
 * chart of the briefing has drawn its marks. Printing earlier gives a PDF in a fallback font or
 * with empty charts.
 */

const FONT_FAMILY = "'Noto Sans SC'";

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * A chart is drawn once its SVG holds its lines (or it says it has no data to draw): a trend
 * chart's line layer appears once its axes are placed (components/charts/TrendLines.tsx).
 */
function chartDrawn(chart: Element): boolean {
  if (chart.getAttribute('data-empty') === 'true') return true;
  return chart.querySelector('.recharts-surface .trend-lines, .recharts-surface .recharts-line-curve, .recharts-surface .recharts-bar-rectangle, .recharts-surface .recharts-area-curve') !== null;
}

/** Loads both weights of the bundled font for `sampleText`; settles once they are in. */
export function loadBriefingFont(sampleText: string): Promise<unknown> {
  return Promise.all([document.fonts.load(`400 16px ${FONT_FAMILY}`, sampleText), document.fonts.load(`700 16px ${FONT_FAMILY}`, sampleText)]);
}

export async function waitUntilDrawn(root: ParentNode, sampleText: string, timeoutMs = 15_000): Promise<void> {
  await loadBriefingFont(sampleText);
  await document.fonts.ready;
  const deadline = performance.now() + timeoutMs;
  // Two frames: React has committed and the browser has laid the page out at least once.
  await nextFrame();
  await nextFrame();
  while (![...root.querySelectorAll('.bf-chart')].every(chartDrawn)) {
    if (performance.now() > deadline) throw new Error('图表绘制超时');
    await nextFrame();
  }
}
