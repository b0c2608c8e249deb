import { AppError } from '../../shared/contract/result';
import { UsageError } from './args';
import { COMMANDS } from './commands';
import type { CliIo } from './io';
import { commandHelpLines } from './help';

function help(io: CliIo): void {
  io.out('用法：clearance <命令> [选项]');
  io.out('');
  io.out('命令：');
  for (const line of commandHelpLines(COMMANDS)) io.out(line);
  io.out('');
  io.out('不指定 --data 时使用桌面程序的数据目录（可用环境变量 CLEARANCE_DATA_DIR 覆盖）。');
}

/** Runs one CLI invocation and returns its exit code; errors come out as one Chinese line. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    help(io);
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`未知命令：${name}`);
    help(io);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`用法：clearance ${command.usage}`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`参数有误：${e.message}`);
      io.err(`用法：clearance ${command.usage}`);
      return 2;
    }
    if (e instanceof AppError) {
      io.err(e.message);
      return 1;
    }
    io.err(`出错了：${(e as Error)?.message ?? String(e)}`);
    return 1;
  }
}
