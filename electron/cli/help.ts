import type { CliCommand } from './io';

/**
 * Columns a terminal gives a text: Chinese characters and full-width punctuation take two, so
 * padding by String.length (one per character) leaves every line with Chinese in it out of line.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x20000 && cp <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/** Pads `text` with spaces to `width` terminal columns. */
export function padDisplay(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

const INDENT = '  ';
const GAP = '  ';

/**
 * The command list of `clearance --help`: each command's name and what it does in two aligned
 * columns, its full usage on the line below, under the description. Usages are too long to share
 * a line with the description and stay in line.
 */
export function commandHelpLines(commands: readonly Pick<CliCommand, 'name' | 'summary' | 'usage'>[]): string[] {
  const nameWidth = Math.max(...commands.map((c) => displayWidth(c.name)));
  const lines: string[] = [];
  for (const c of commands) {
    lines.push(`${INDENT}${padDisplay(c.name, nameWidth)}${GAP}${c.summary}`);
    lines.push(`${INDENT}${' '.repeat(nameWidth)}${GAP}clearance ${c.usage}`);
  }
  return lines;
}
