import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');

/**
 * The commands README.md shows: every line of its ```sh blocks, without comments and blank lines.
 * Read from the file itself, so that a command edited there is the command the test runs.
 */
export function readmeCommands(readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')): string[] {
  const commands: string[] = [];
  for (const block of readme.matchAll(/^```(?:sh|bash|shell)\n([\s\S]*?)^```/gm)) {
    for (const line of block[1]!.split('\n')) {
      const command = line.trim();
      if (command && !command.startsWith('#')) commands.push(command);
    }
  }
  return commands;
}

/** A command with the value after `flag` replaced (a temp folder for --data, a free port for --port). */
export function withOption(command: string, flag: string, value: string): string {
  const words = command.split(/\s+/);
  const at = words.indexOf(flag);
  if (at < 0 || at === words.length - 1) throw new Error(`"${command}" has no ${flag} <value>`);
  words[at + 1] = value;
  return words.join(' ');
}
