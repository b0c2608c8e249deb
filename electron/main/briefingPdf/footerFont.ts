import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * @font-face rules that carry the bundled Noto Sans SC inside a PDF footer template.
 *
 * Chromium draws the header and footer of printToPDF / page.pdf as a separate document that does
 * not see the page's web fonts, so the font must travel inside the template as a data URL. The
 * whole simplified-Chinese font is 1.1 MB; the footer needs a dozen characters. @fontsource ships
 * the same font cut into ~100 slices by unicode-range (as Google Fonts serves it), so only the few
 * slices holding the footer's characters are embedded (about 90 KB), each with its own range.
 *
 * Node only (reads the font's files); used by the desktop export, the E2E test and the bench. The
 * font package is a build-time dependency (the renderer bundles it): the build copies this weight's
 * stylesheet and slices beside the main process (`out/main/fonts`, see electron.vite.config.ts), so
 * the packaged app reads them there; an unbuilt checkout reads the package itself.
 */

const PACKAGE = '@fontsource/noto-sans-sc';
export const FOOTER_FONT_WEIGHT = 400;
const WEIGHT = FOOTER_FONT_WEIGHT;
/** Where the build puts its copy of the font, relative to the bundled main process. */
export const BUILT_FONT_DIR = 'fonts';

interface FontSlice {
  file: string;
  unicodeRange: string;
  ranges: [number, number][];
}

function parseRanges(unicodeRange: string): [number, number][] {
  return unicodeRange.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    const from = parseInt(a!, 16);
    return [from, b === undefined ? from : parseInt(b, 16)];
  });
}

/** The slices of the weight's stylesheet, in the order the stylesheet declares them. */
export function parseFontSlices(css: string): FontSlice[] {
  const faces = css.match(/@font-face\s*{[^}]*}/g) ?? [];
  const slices: FontSlice[] = [];
  for (const face of faces) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(face)?.[1];
    const unicodeRange = /unicode-range:\s*([^;]+);/.exec(face)?.[1]?.trim();
    if (file && unicodeRange) slices.push({ file, unicodeRange, ranges: parseRanges(unicodeRange) });
  }
  return slices;
}

/** The slices covering every character of `text` (the first declared one for each); throws if one is missing. */
export function slicesFor(text: string, slices: readonly FontSlice[]): FontSlice[] {
  const chosen = new Set<FontSlice>();
  for (const ch of new Set(text.replace(/\s/g, ''))) {
    const cp = ch.codePointAt(0)!;
    const slice = slices.find((s) => s.ranges.some(([a, b]) => cp >= a && cp <= b));
    if (!slice) throw new Error(`no slice of ${PACKAGE} holds "${ch}"`);
    chosen.add(slice);
  }
  return [...chosen];
}

/** The folder holding `${WEIGHT}.css` and `files/`: the build's copy if there is one, else the package. */
function fontDir(): string {
  const built = path.join(path.dirname(fileURLToPath(import.meta.url)), BUILT_FONT_DIR);
  if (fs.existsSync(path.join(built, `${WEIGHT}.css`))) return built;
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve(`${PACKAGE}/${WEIGHT}.css`));
}

const cache = new Map<string, string>();

/** @font-face rules (family 'Noto Sans SC') with the slices for `text` embedded as data URLs. */
export function footerFontFaceCss(text: string): string {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const dir = fontDir();
  const slices = slicesFor(text, parseFontSlices(fs.readFileSync(path.join(dir, `${WEIGHT}.css`), 'utf8')));
  const css = slices
    .map((s) => {
      const data = fs.readFileSync(path.join(dir, 'files', s.file)).toString('base64');
      return `@font-face{font-family:'Noto Sans SC';font-style:normal;font-weight:${WEIGHT};src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${s.unicodeRange};}`;
    })
    .join('');
  cache.set(text, css);
  return css;
}
