import { EventEmitter } from 'node:events';
import os from 'node:os';
import path from 'node:path';

/**
 * A stand-in for the `electron` module, recording what the shell asks of it. Enough of the API to run
 * the real startDesktopApp and inspect every hook it installs.
 */
export class StubWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  title = '';
  /** the options of every printToPDF call */
  printed: Record<string, unknown>[] = [];
  getTitle() {
    return this.title;
  }
  /** what the page does when it sets document.title */
  setTitle(title: string) {
    this.title = title;
    this.emit('page-title-updated', { preventDefault() {} }, title, true);
  }
  async printToPDF(options: Record<string, unknown>) {
    this.printed.push(options);
    return Buffer.from('%PDF-1.7 stub');
  }
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
  /** what the page does once a window has loaded (tests simulate the renderer with it) */
  const hooks: { onLoad: (win: StubBrowserWindow) => void } = { onLoad: () => {} };
  const saveDialogCalls: { parent: unknown; options: Record<string, unknown> }[] = [];
  const saveDialog: { answer: { canceled: boolean; filePath?: string } } = { answer: { canceled: true } };
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
    loadOptions: { hash?: string } | undefined;
    destroyed = false;
    progress: number[] = [];
    webContents = new StubWebContents();
    constructor(readonly options: { webPreferences: Record<string, unknown>; show?: boolean }) {
      super();
      windows.push(this);
      appEvents.emit('web-contents-created', {}, this.webContents);
    }
    async loadFile(file: string, options?: { hash?: string }) {
      this.loaded = file;
      this.loadOptions = options;
      hooks.onLoad(this);
    }
    async loadURL(url: string) {
      this.loaded = url;
      hooks.onLoad(this);
    }
    setProgressBar(value: number) {
      this.progress.push(value);
    }
    destroy() {
      this.destroyed = true;
    }
    isDestroyed() {
      return this.destroyed;
    }
    show() {}
    static getAllWindows() {
      return windows;
    }
  }

  const paths: Record<string, string> = {};
  const electron = {
    app: {
      isPackaged: false,
      setPath: (name: string, value: string) => (paths[name] = value),
      getPath: (name: string) => paths[name] ?? path.join(os.tmpdir(), `stub-${name}`),
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
    dialog: {
      /** the answer to a message box: the index of the button chosen */
      messageBoxAnswer: 1,
      messageBoxes: [] as Record<string, unknown>[],
      showMessageBoxSync(_parent: unknown, options: Record<string, unknown>) {
        this.messageBoxes.push(options);
        return this.messageBoxAnswer;
      },
      showErrorBox: (title: string, text: string) => appEvents.emit('error-box', title, text),
      showSaveDialog: async (parent: unknown, options: Record<string, unknown>) => {
        saveDialogCalls.push({ parent, options });
        return saveDialog.answer;
      },
    },
  };
  return { electron, handlers, windows, session, opened, paths, appEvents, hooks, saveDialog, saveDialogCalls };
}
