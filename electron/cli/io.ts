/** Output of the CLI, injectable so commands can be tested without a terminal. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** returns the exit code */
  run(argv: string[], io: CliIo): Promise<number>;
}
