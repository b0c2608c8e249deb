import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions } from 'electron';

/**
 * The app's window. The renderer runs like a web page: no Node, isolated from the preload,
 * sandboxed, no middle-click windows (Auxclick). The preferences are written out in the
 * `new BrowserWindow` call itself, not built elsewhere, so that electronegativity (npm run
 * audit:electron) can see each of them.
 */
export function createSecureWindow(
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindowType,
  preloadPath: string,
  options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>,
): BrowserWindowType {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
}
