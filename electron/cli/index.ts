import { runCli } from './run';
import { processIo } from './io';

runCli(process.argv.slice(2), processIo).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`出错了：${String(e)}\n`);
    process.exit(1);
  },
);
