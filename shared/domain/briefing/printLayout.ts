/**
 * The printed page of a briefing, in one place for every way it is printed: the desktop export
 * (Electron's printToPDF), the browser's own print dialog (the CSS @page rule must agree), the
 * end-to-end test and the benchmark (Playwright's page.pdf). Pure strings and numbers.
 */

export const A4_MM = { width: 210, height: 297 } as const;

/**
 * Page margins in millimetres. The bottom one holds the footer (page numbers and the date
 * produced), which printToPDF draws inside the margin.
 */
export const BRIEFING_MARGINS_MM = { top: 16, right: 16, bottom: 18, left: 16 } as const;

/** The text column of the page: what the on-screen preview is as wide as, so lines break alike. */
export const BRIEFING_CONTENT_WIDTH_MM = A4_MM.width - BRIEFING_MARGINS_MM.left - BRIEFING_MARGINS_MM.right;

export function mmToInches(mm: number): number {
  return mm / 25.4;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Said in the middle of every page's footer when a figure of the briefing came from the demo data set. */
export const BRIEFING_DEMO_LABEL = '含演示数据（虚构）';

/**
 * Every character the footer prints, so a host can embed just the font slices holding them: with the
 * demo label's only when it is printed (they take three more slices of the font).
 */
export const FOOTER_CHARACTERS = '第页共生成日期年月0123456789/：';

export function footerCharacters(includesDemo: boolean): string {
  return includesDemo ? FOOTER_CHARACTERS + BRIEFING_DEMO_LABEL : FOOTER_CHARACTERS;
}

/**
 * The footer of every page: "生成日期：2025年7月1日", "含演示数据（虚构）" when the briefing holds
 * demo figures (a reader of any one page must know), and "第 N 页 / 共 M 页". Chromium fills the
 * pageNumber and totalPages spans. The footer is drawn as a separate document that does not see
 * the page's fonts, so the host passes @font-face rules with the CJK font embedded
 * (`fontFaceCss`); without them the PC's own CJK font is used.
 */
export function briefingFooterTemplate({ producedLabel, includesDemo = false, fontFaceCss = '' }: { producedLabel: string; includesDemo?: boolean; fontFaceCss?: string }): string {
  const side = `${BRIEFING_MARGINS_MM.left}mm`;
  return (
    `<style>${fontFaceCss}` +
    `.briefing-footer{box-sizing:border-box;width:100%;padding:0 ${side};display:flex;justify-content:space-between;` +
    `font-family:'Noto Sans SC',sans-serif;font-size:8pt;color:#000;-webkit-print-color-adjust:exact}</style>` +
    `<div class="briefing-footer"><span>生成日期：${escapeHtml(producedLabel)}</span>` +
    (includesDemo ? `<span>${BRIEFING_DEMO_LABEL}</span>` : '') +
    `<span>第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页</span></div>`
  );
}

/** An empty header: without one Chromium prints the page title and the date in the top margin. */
export const BRIEFING_HEADER_TEMPLATE = '<span></span>';

/**
 * The bare, print-only briefing: a page of its own beside the app's index.html (renderer/print.html),
 * holding the briefing document and nothing of the app around it (no menus, no sign-in screen, no
 * antd), so a PDF waits only for what a printed page needs. The exports load it.
 */
export const BRIEFING_PRINT_PAGE = 'print.html';

export interface BriefingPrintQuery {
  portId: number | null;
  period: { kind: string; from: string; to: string };
}

/**
 * "port=all&kind=month&from=…&to=…", the print page's hash (without "#"). With `embedded` (see
 * encodeBriefingForUrl) the page prints that briefing as given instead of asking the API for it:
 * the desktop export's hidden window has no sign-in of its own, and its call would wait behind the
 * export call that is rendering it. A hash, not a query: a briefing carried in it can be longer
 * than a server accepts in a request line, and the browser never sends the hash.
 */
export function briefingPrintHash(q: BriefingPrintQuery, embedded?: string): string {
  const params = new URLSearchParams({ port: q.portId === null ? 'all' : String(q.portId), kind: q.period.kind, from: q.period.from, to: q.period.to });
  if (embedded !== undefined) params.set('data', embedded);
  return params.toString();
}

/** The print page's address relative to the renderer's root: "print.html#port=…". */
export function briefingPrintAddress(q: BriefingPrintQuery, embedded?: string): string {
  return `${BRIEFING_PRINT_PAGE}#${briefingPrintHash(q, embedded)}`;
}

/** JSON as base64url of its UTF-8 (a third of the length of percent-encoded Chinese). */
export function encodeBriefingForUrl(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The value encodeBriefingForUrl encoded; throws on anything else. Validate it before use. */
export function decodeBriefingFromUrl(text: string): unknown {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
}

/**
 * Once the briefing, its fonts and its charts are drawn, the print view sets the document title to
 * the briefing's title and this attribute on <html>. The desktop export waits for the title (the
 * 'page-title-updated' event needs no script run in the page) and the PDF keeps it as its own
 * title; Playwright waits for the attribute.
 */
export const BRIEFING_READY_ATTRIBUTE = 'data-briefing-ready';

/** The title the print view sets when the briefing cannot be shown; the message follows it. */
export const BRIEFING_FAILED_TITLE_PREFIX = '简报生成失败：';
