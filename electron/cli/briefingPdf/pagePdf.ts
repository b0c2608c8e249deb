import type { Page } from 'playwright-core';
import { footerFontFaceCss } from '../../main/briefingPdf/footerFont';
import type { Briefing } from '../../../shared/contract/briefing';
import {
  A4_MM,
  BRIEFING_FAILED_TITLE_PREFIX,
  BRIEFING_HEADER_TEMPLATE,
  BRIEFING_MARGINS_MM,
  BRIEFING_READY_ATTRIBUTE,
  briefingFooterTemplate,
  footerCharacters,
  briefingPrintAddress,
  encodeBriefingForUrl,
} from '../../../shared/domain/briefing/printLayout';

/**
 * A briefing printed by Chromium through Playwright (page.pdf), the way the desktop export prints
 * it with Electron's printToPDF: the print page (print.html) given the briefing in its URL, waited for until
 * drawn, then A4 with the margins and the page-numbered footer of printLayout.ts and the bundled
 * font embedded. The CLI's `clearance briefing`, the E2E test and the benchmark print through here.
 */

/** page.pdf's options of a briefing: A4, the margins of printLayout, the footer with page numbers and date. */
export function briefingPagePdfOptions(producedLabel: string, includesDemo = false) {
  const mm = (n: number) => `${n}mm`;
  return {
    format: 'A4' as const,
    printBackground: true,
    margin: { top: mm(BRIEFING_MARGINS_MM.top), right: mm(BRIEFING_MARGINS_MM.right), bottom: mm(BRIEFING_MARGINS_MM.bottom), left: mm(BRIEFING_MARGINS_MM.left) },
    displayHeaderFooter: true,
    headerTemplate: BRIEFING_HEADER_TEMPLATE,
    footerTemplate: briefingFooterTemplate({ producedLabel, includesDemo, fontFaceCss: footerFontFaceCss(footerCharacters(includesDemo)) }),
  };
}

/** A4 at CSS pixels: the page is laid out at the width it prints at, as the desktop export's hidden window is. */
export const A4_VIEWPORT = { width: Math.round((A4_MM.width / 25.4) * 96), height: Math.round((A4_MM.height / 25.4) * 96) };

/** Waits until the print view says it is drawn; throws its message when it could not draw the briefing. */
export async function waitForPrintView(page: Page, timeoutMs = 60_000): Promise<string> {
  await page.waitForSelector(`html[${BRIEFING_READY_ATTRIBUTE}]`, { state: 'attached', timeout: timeoutMs });
  const state = await page.getAttribute('html', BRIEFING_READY_ATTRIBUTE);
  const title = await page.title();
  if (state !== 'true') throw new Error(title.startsWith(BRIEFING_FAILED_TITLE_PREFIX) ? title : `${BRIEFING_FAILED_TITLE_PREFIX}${title}`);
  return title;
}

/** Prints `briefing` (as the core assembled it) from the renderer served at `hostUrl`; returns the PDF. */
export async function printBriefingPdf(page: Page, hostUrl: string, briefing: Briefing, timeoutMs?: number): Promise<Buffer> {
  await page.setViewportSize(A4_VIEWPORT);
  await page.goto(`${hostUrl}/${briefingPrintAddress(briefing, encodeBriefingForUrl(briefing))}`);
  await waitForPrintView(page, timeoutMs);
  return page.pdf(briefingPagePdfOptions(briefing.producedLabel, briefing.includesDemo));
}
