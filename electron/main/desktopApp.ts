import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Electron from 'electron';
import { openCore, type Core } from '../core/openCore';
import { defaultDataDir } from '../core/store/dataDir';
import { AppError } from '../../shared/contract/result';
import { registerIpcHandlers } from './ipc';
import { createBriefingPdfExporter } from './briefingPdf/exportBriefingPdf';
import { blockRemoteRequests, denyAllPermissions, enforceCsp, guardWebContents } from './security/guards';
import { secureWebPreferences } from './security/webPreferences';
import type { TrustedOrigins } from './security/trustedUrl';

/** The parts of the electron module the shell uses; tests pass a stub. */
export type ElectronApi = Pick<typeof Electron, 'app' | 'BrowserWindow' | 'ipcMain' | 'session' | 'shell' | 'dialog'>;

export interface DesktopAppOptions {
  /** folder holding the built main/preload/renderer (out/) */
  outDir: string;
  devServerUrl?: string | undefined;
  dataDir?: string;
}

export interface DesktopApp {
  core: Core;
  window: Electron.BrowserWindow;
  trusted: TrustedOrigins;
}

export function trustedOriginsFor(outDir: string, devServerUrl: string | undefined): TrustedOrigins {
  return { indexFileUrl: pathToFileURL(path.join(outDir, 'renderer', 'index.html')).href, devServerUrl };
}

/**
 * The whole Electron shell: open the core, wire IPC, harden the session and every web contents,
 * and show the window. Everything it does is reachable through the stubbed module in tests.
 */
export async function startDesktopApp(electron: ElectronApi, options: DesktopAppOptions): Promise<DesktopApp | null> {
  const { app, BrowserWindow, ipcMain, session, shell, dialog } = electron;
  const dataDir = options.dataDir ?? defaultDataDir();
  // The browser host and the CLI work out the same folder without Electron; make Electron agree.
  app.setPath('userData', dataDir);

  const trusted = trustedOriginsFor(options.outDir, options.devServerUrl);
  const openExternal = (url: string) => shell.openExternal(url);

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, trusted, openExternal));

  // The window is created after the core opens; the export only runs once it exists.
  let mainWindow: Electron.BrowserWindow | null = null;
  const exportBriefingPdf = createBriefingPdfExporter({
    electron,
    outDir: options.outDir,
    devServerUrl: options.devServerUrl,
    parentWindow: () => mainWindow,
  });

  let core: Core;
  try {
    core = await openCore({ dataDir, logError: (m, e) => console.error(`[${m}]`, e), host: { exportBriefingPdf } });
  } catch (e) {
    const message = e instanceof AppError ? e.message : `无法打开数据文件：${(e as Error)?.message ?? String(e)}`;
    dialog.showErrorBox('樟木口岸通关效率跟踪', message);
    app.quit();
    return null;
  }

  const ses = session.defaultSession;
  denyAllPermissions(ses);
  enforceCsp(ses);
  blockRemoteRequests(ses, trusted);
  registerIpcHandlers(ipcMain, core, trusted);

  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: '樟木口岸通关效率跟踪',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(path.join(options.outDir, 'preload', 'index.cjs')),
  });
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  if (options.devServerUrl) await window.loadURL(options.devServerUrl);
  else await window.loadFile(path.join(options.outDir, 'renderer', 'index.html'));

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void core.close());
  return { core, window, trusted };
}
