import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as electron from 'electron';
import { startDesktopApp } from './desktopApp';

// Entry of the desktop app: all logic is in desktopApp.ts so that it can be tested with a stub.
const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { app } = electron;

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same SQLite file; focus the first one instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    const [win] = electron.BrowserWindow.getAllWindows();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.whenReady().then(() => startDesktopApp(electron, { outDir }));
}
