import { EventEmitter } from 'node:events';

/**
 * A stand-in for the `electron` module, recording what the shell asks of it. Enough of the API to run
 * the real startDesktopApp and inspect every hook it installs.
 */
export class StubWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  /** emits an event the way Electron does and reports whether a listener prevented it */
  fire(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(event, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  }
}

export function createElectronStub() {
  const handlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
  const appEvents = new EventEmitter();
  const windows: StubBrowserWindow[] = [];
  const opened: string[] = [];
  interface StubSession {
    permissionRequestHandler: null | ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void);
    permissionCheckHandler: null | (() => boolean);
    deviceHandler: null | (() => boolean);
    headersHandler: null | ((details: { responseHeaders?: Record<string, string[]> }, cb: (r: unknown) => void) => void);
    requestHandler: null | ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void);
    [key: string]: unknown;
  }
  const session: StubSession = {
    permissionRequestHandler: null,
    permissionCheckHandler: null,
    deviceHandler: null,
    headersHandler: null,
    requestHandler: null,
    setPermissionRequestHandler(h: StubSession['permissionRequestHandler']) {
      session.permissionRequestHandler = h;
    },
    setPermissionCheckHandler(h: StubSession['permissionCheckHandler']) {
      session.permissionCheckHandler = h;
    },
    setDevicePermissionHandler(h: StubSession['deviceHandler']) {
      session.deviceHandler = h;
    },
    webRequest: {
      onHeadersReceived(h: StubSession['headersHandler']) {
        session.headersHandler = h;
      },
      onBeforeRequest(h: StubSession['requestHandler']) {
        session.requestHandler = h;
      },
    },
  };

  class StubBrowserWindow extends EventEmitter {
    loaded: string | null = null;
    webContents = new StubWebContents();
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      super();
      windows.push(this);
      appEvents.emit('web-contents-created', {}, this.webContents);
    }
    async loadFile(file: string) {
      this.loaded = file;
    }
    async loadURL(url: string) {
      this.loaded = url;
    }
    show() {}
    static getAllWindows() {
      return windows;
    }
  }

  const paths: Record<string, string> = {};
  const electron = {
    app: {
      setPath: (name: string, value: string) => (paths[name] = value),
      on: (event: string, fn: (...a: unknown[]) => void) => appEvents.on(event, fn),
      quit: () => appEvents.emit('quit-called'),
    },
    BrowserWindow: StubBrowserWindow,
    ipcMain: {
      handle: (channel: string, fn: (event: unknown, input: unknown) => Promise<unknown>) => {
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
        handlers.set(channel, fn);
      },
    },
    session: { defaultSession: session },
    shell: { openExternal: async (url: string) => void opened.push(url) },
    dialog: { showErrorBox: (title: string, text: string) => appEvents.emit('error-box', title, text) },
  };
  return { electron, handlers, windows, session, opened, paths, appEvents };
}
