import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { footerFontFaceCss } from '../../../electron/main/briefingPdf/footerFont';
import {
  BRIEFING_HEADER_TEMPLATE,
  BRIEFING_MARGINS_MM,
  BRIEFING_READY_ATTRIBUTE,
  FOOTER_CHARACTERS,
  briefingFooterTemplate,
  briefingPrintHash,
  type BriefingPrintQuery,
} from '../../../shared/domain/briefing/printLayout';

/**
 * The briefing printed the way the desktop export prints it (printToPDF and Playwright's page.pdf
 * are the same Chromium printing): the bare print view, waited for until drawn, then A4 with the
 * margins and the page-numbered footer of printLayout.ts. Used by the E2E test and the benchmark.
 */
export function briefingPagePdfOptions(producedLabel: string) {
  const mm = (n: number) => `${n}mm`;
  return {
    format: 'A4' as const,
    printBackground: true,
    margin: { top: mm(BRIEFING_MARGINS_MM.top), right: mm(BRIEFING_MARGINS_MM.right), bottom: mm(BRIEFING_MARGINS_MM.bottom), left: mm(BRIEFING_MARGINS_MM.left) },
    displayHeaderFooter: true,
    headerTemplate: BRIEFING_HEADER_TEMPLATE,
    footerTemplate: briefingFooterTemplate({ producedLabel, fontFaceCss: footerFontFaceCss(FOOTER_CHARACTERS) }),
  };
}

/** Opens the print view of a briefing on `page` and waits until it says it is drawn; returns its title. */
export async function openBriefingPrintView(page: Page, hostUrl: string, q: BriefingPrintQuery): Promise<string> {
  await page.goto(`${hostUrl}/#${briefingPrintHash(q)}`);
  await page.waitForSelector(`html[${BRIEFING_READY_ATTRIBUTE}]`);
  const state = await page.getAttribute('html', BRIEFING_READY_ATTRIBUTE);
  if (state !== 'true') throw new Error(`the briefing was not drawn: ${await page.title()}`);
  return page.title();
}

/** The text of a PDF as pdftotext reads it (poppler-utils), in reading order. */
export function pdfText(file: string, pages?: { first: number; last: number }): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' });
}

/** The fonts a PDF embeds, as pdffonts lists them. */
export function pdfFonts(file: string): { name: string; type: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/);
    // name, type (may be two words), encoding, emb, sub, uni, object, ID
    const [name = '', ...rest] = cols;
    const emb = rest.at(-5);
    return { name, type: rest.slice(0, -6).join(' '), embedded: emb === 'yes' };
  });
}

export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
}
