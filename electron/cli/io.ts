import { readSecretLine } from './readSecret';

/** Output of the CLI (and a password read), injectable so commands can be tested without a terminal. */
/** How a CLI command names itself to a program refused the data folder's lock while it runs. */
export function cliLockHolder(command: string): string {
  return `命令行 clearance ${command}`;
}

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** reads one line that is not echoed (a password); absent where there is no input */
  readSecret?(prompt: string): Promise<string>;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  readSecret: readSecretLine,
};

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** returns the exit code */
  run(argv: string[], io: CliIo): Promise<number>;
}
