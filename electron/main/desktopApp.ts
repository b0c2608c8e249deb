import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Electron from 'electron';
import type { AppCore } from '../core/openAppCore';
import { openHostCore } from '../core/central/openHostCore';
import { startBackupSchedule } from '../core/backup/scheduler';
import { defaultDataDir } from '../core/store/dataDir';
import { AppError } from '../../shared/contract/result';
import { BRIEFING_PRINT_PAGE } from '../../shared/domain/briefing/printLayout';
import { registerIpcHandlers } from './ipc';
import { createBriefingPdfExporter } from './briefingPdf/exportBriefingPdf';
import { createExportSaver } from './saveExportFile';
import { blockRemoteRequests, denyAllPermissions, enforceCsp, guardWebContents } from './security/guards';
import { createSecureWindow } from './security/webPreferences';
import type { TrustedOrigins } from './security/trustedUrl';

/** The parts of the electron module the shell uses; tests pass a stub. */
export type ElectronApi = Pick<typeof Electron, 'app' | 'BrowserWindow' | 'ipcMain' | 'session' | 'shell' | 'dialog'>;

export interface DesktopAppOptions {
  /** folder holding the built main/preload/renderer (out/) */
  outDir: string;
  /** the environment; only an unpackaged app reads ELECTRON_RENDERER_URL from it (electron-vite dev) */
  env?: Readonly<Record<string, string | undefined>>;
  dataDir?: string;
}

/**
 * The dev server the window loads instead of the built page. A packaged app ignores the variable: it
 * would let anyone who can set an environment variable point the trusted window at their own page.
 */
export function devServerUrlOf(app: Pick<typeof Electron.app, 'isPackaged'>, env: Readonly<Record<string, string | undefined>>): string | undefined {
  return app.isPackaged ? undefined : env.ELECTRON_RENDERER_URL || undefined;
}

export interface DesktopApp {
  core: AppCore;
  window: Electron.BrowserWindow;
  trusted: TrustedOrigins;
}

export function trustedOriginsFor(outDir: string, devServerUrl: string | undefined): TrustedOrigins {
  const page = (name: string) => pathToFileURL(path.join(outDir, 'renderer', name)).href;
  return { indexFileUrl: page('index.html'), printFileUrl: page(BRIEFING_PRINT_PAGE), devServerUrl };
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

  const devServerUrl = devServerUrlOf(app, options.env ?? process.env);
  const trusted = trustedOriginsFor(options.outDir, devServerUrl);
  const openExternal = (url: string) => shell.openExternal(url);

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, trusted, openExternal));

  // The window is created after the core opens; the export only runs once it exists.
  let mainWindow: Electron.BrowserWindow | null = null;
  const exportBriefingPdf = createBriefingPdfExporter({
    electron,
    outDir: options.outDir,
    devServerUrl,
    parentWindow: () => mainWindow,
  });
  const saveExportFile = createExportSaver({ dialog, parentWindow: () => mainWindow });

  // A damaged store opens in recovery (the renderer offers the newest good backup); only a store
  // that cannot be opened at all (written by a newer version) stops here with a message.
  let core: AppCore;
  try {
    // The folder's 中心数据库 setting, when an administrator set one, opens the central database instead.
    ({ core } = await openHostCore({ dataDir, lock: '桌面程序', logError: (m, e) => console.error(`[${m}]`, e), host: { exportBriefingPdf, saveExportFile } }));
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
  registerIpcHandlers(ipcMain, core, trusted, async (sender, title) => {
    const owner = BrowserWindow.fromWebContents(sender);
    const options: Electron.OpenDialogOptions = { title, properties: ['openDirectory', 'createDirectory'] };
    const picked = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return picked.canceled ? null : (picked.filePaths[0] ?? null);
  });

  const backups = startBackupSchedule(core, { log: (m) => console.error(m) });

  const window = createSecureWindow(BrowserWindow, path.join(options.outDir, 'preload', 'index.cjs'), {
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: '樟木口岸通关效率跟踪',
    backgroundColor: '#ffffff',
  });
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  // A page with unsaved changes holds the window open (beforeunload); Electron shows no dialog of
  // its own, so the user is asked here, as a browser would ask, and may leave or stay.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      title: '有未保存的修改',
      message: '有未保存的修改，关闭后将丢失。确定关闭吗？',
      buttons: ['关闭', '留下'],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
    if (choice === 0) event.preventDefault();
  });
  if (devServerUrl) await window.loadURL(devServerUrl);
  else await window.loadFile(path.join(options.outDir, 'renderer', 'index.html'));

  app.on('window-all-closed', () => app.quit());
  // Quitting waits for the backup on quit and a clean close of the store, then quits for real.
  let closing: Promise<void> | null = null;
  app.on('will-quit', (event) => {
    if (closing) return;
    event.preventDefault();
    closing = backups
      .stop()
      .catch((e: unknown) => console.error('备份失败', e))
      .then(() => core.close())
      .finally(() => app.quit());
  });
  return { core, window, trusted };
}
