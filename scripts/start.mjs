// `npm start`: builds and opens the desktop app. Where Electron's binary is missing and cannot be
// fetched (an offline PC, a locked-down network) it says so in one line instead of a stack trace.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));

function binaryPresent() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return false;
  return fs.existsSync(path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim()));
}

if (!binaryPresent()) {
  const fetched = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 300_000 });
  if (fetched.status !== 0 || !binaryPresent()) {
    console.error('未找到 Electron 程序（本机无法下载）。请改用浏览器模式：npm run web，然后在浏览器中打开显示的地址。');
    process.exit(1);
  }
}

const bin = path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
const result = spawnSync(process.execPath, [bin, 'preview'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
