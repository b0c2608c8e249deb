#!/usr/bin/env node
// The `clearance` command runs the CLI as built JavaScript (out/main/cli.js, made by `npm run build`),
// the same file the packaged app carries; no TypeScript runs at run time.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'out', 'main', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('未找到已构建的命令行程序：请先在程序目录运行 npm run build。\n');
  process.exit(1);
}
await import(pathToFileURL(cli).href);
