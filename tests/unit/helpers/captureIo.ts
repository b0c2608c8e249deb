import type { CliIo } from '../../../electron/cli/io';

/** A CLI run's output and errors as one list of lines, in the order the command wrote them. */
export function captureIo(): CliIo & { lines: string[]; text(): string } {
  const lines: string[] = [];
  return { lines, out: (l) => void lines.push(l), err: (l) => void lines.push(l), text: () => lines.join('\n') };
}
