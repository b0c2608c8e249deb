import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { waitForPrintView } from '../../../electron/cli/briefingPdf/pagePdf';
import { briefingPrintAddress, type BriefingPrintQuery } from '../../../shared/domain/briefing/printLayout';

/** page.pdf's options of a briefing: the CLI's own, so the tests print what `clearance briefing` prints. */
export { briefingPagePdfOptions } from '../../../electron/cli/briefingPdf/pagePdf';

/** Opens the print page of a briefing on `page` and waits until it says it is drawn; returns its title. */
export async function openBriefingPrintView(page: Page, hostUrl: string, q: BriefingPrintQuery): Promise<string> {
  await page.goto(`${hostUrl}/${briefingPrintAddress(q)}`);
  return waitForPrintView(page);
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

/** One page of a PDF drawn by pdftoppm (poppler-utils) as RGB pixels. */
export function pdfPagePixels(file: string, page: number, dpi = 50): { width: number; height: number; rgb: Buffer } {
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), file], { maxBuffer: 64 * 1024 * 1024 });
  // "P6\n<width> <height>\n255\n" then the pixels, three bytes each
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not give a PPM page');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, rgb: ppm.subarray(header[0].length, header[0].length + width * height * 3) };
}

/** Whether a pixel is the 简报's red (#e60012 or near it), not black, grey or white. */
export function isRed(rgb: Buffer, index: number): boolean {
  const [r, g, b] = [rgb[index * 3]!, rgb[index * 3 + 1]!, rgb[index * 3 + 2]!];
  return r > 180 && g < 90 && b < 90;
}
