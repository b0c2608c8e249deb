import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startDesktopApp, type ElectronApi } from '../../../electron/main/desktopApp';
import { METHOD_NAMES } from '../../../shared/contract';
import { CONTENT_SECURITY_POLICY } from '../../../shared/contract/csp';
import { tempDir } from '../helpers/tempCore';
import { createElectronStub } from './electronStub';
import { openStore } from '../../../electron/core/store/openStore';

async function start() {
  const stub = createElectronStub();
  const outDir = path.join(tempDir(), 'out');
  const dataDir = tempDir();
  const app = await startDesktopApp(stub.electron as unknown as ElectronApi, { outDir, dataDir });
  if (!app) throw new Error('app did not start');
  const indexUrl = pathToFileURL(path.join(outDir, 'renderer', 'index.html')).href;
  const trustedFrame = { url: indexUrl, parent: null };
  // one window (sender webContents): sign-in is kept per window
  const sender = { id: 1, once: () => undefined };
  const invoke = (method: string, input: unknown, senderFrame: unknown = trustedFrame) =>
    stub.handlers.get(`api:${method}`)!({ senderFrame, sender }, input) as Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
  return { ...stub, app, outDir, dataDir, indexUrl, invoke, close: () => app.core.close() };
}

describe('Electron shell wiring (against a stub of the electron module)', () => {
  it('creates the window with isolation, sandbox and no Node, and loads the packaged renderer', async () => {
    const s = await start();
    const prefs = s.windows[0]!.options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(prefs.preload).toBe(path.join(s.outDir, 'preload', 'index.cjs'));
    expect(s.windows[0]!.loaded).toBe(path.join(s.outDir, 'renderer', 'index.html'));
    expect(s.paths.userData).toBe(s.dataDir);
    await s.close();
  });

  it('asks before closing a window whose page has unsaved changes, and closes only when told to', async () => {
    const s = await start();
    const contents = s.windows[0]!.webContents;
    s.electron.dialog.messageBoxAnswer = 1; // 留下
    expect(contents.fire('will-prevent-unload')).toBe(false);
    expect(s.electron.dialog.messageBoxes[0]).toMatchObject({ message: '有未保存的修改，关闭后将丢失。确定关闭吗？', buttons: ['关闭', '留下'], cancelId: 1 });
    s.electron.dialog.messageBoxAnswer = 0; // 关闭
    expect(contents.fire('will-prevent-unload')).toBe(true);
    await s.close();
  });

  it('registers exactly one IPC channel per contract method', async () => {
    const s = await start();
    expect([...s.handlers.keys()].sort()).toEqual(METHOD_NAMES.map((m) => `api:${m}`).sort());
    await s.close();
  });

  it('answers the trusted renderer through the core, with sign-in and zod validation', async () => {
    const s = await start();
    expect(await s.invoke('listPorts', undefined)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const admin = await s.invoke('createFirstAdmin', { username: 'admin', displayName: '管理员', password: 'admin-password' });
    expect(admin).toMatchObject({ ok: true });
    const ports = await s.invoke('listPorts', undefined);
    expect(ports).toMatchObject({ ok: true, value: [{ name: '樟木口岸' }] });
    const bad = await s.invoke('getDay', { portId: 1, date: '2025-02-30' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await s.close();
  });

  it('refuses messages from any other frame: another origin, a subframe, a destroyed frame', async () => {
    const s = await start();
    for (const frame of [
      { url: 'https://evil.example/', parent: null },
      { url: s.indexUrl + '.evil', parent: null },
      { url: s.indexUrl, parent: { url: s.indexUrl } },
      null,
    ]) {
      const r = await s.invoke('listPorts', undefined, frame);
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    await s.close();
  });

  it('blocks navigation away, new windows and webviews; opens only https links outside', async () => {
    const s = await start();
    const wc = s.windows[0]!.webContents;
    expect(wc.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(wc.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(wc.fire('will-navigate', s.indexUrl + '#/grid')).toBe(false);
    // the briefing's print page is the app's own too; a file beside it is not
    const printUrl = pathToFileURL(path.join(s.outDir, 'renderer', 'print.html')).href;
    expect(wc.fire('will-navigate', printUrl + '#port=1')).toBe(false);
    expect(wc.fire('will-navigate', printUrl + '.evil')).toBe(true);
    expect(wc.fire('will-navigate', pathToFileURL(path.join(s.outDir, 'renderer', 'assets', 'print.html')).href)).toBe(true);
    expect(wc.fire('will-redirect', 'http://127.0.0.1:1/')).toBe(true);
    expect(wc.fire('will-attach-webview')).toBe(true);
    expect(wc.windowOpenHandler!({ url: 'https://www.customs.gov.cn/' })).toEqual({ action: 'deny' });
    expect(wc.windowOpenHandler!({ url: 'file:///C:/Windows/system32/calc.exe' })).toEqual({ action: 'deny' });
    await new Promise((r) => setImmediate(r));
    expect(s.opened).toEqual(['https://www.customs.gov.cn/']);
    await s.close();
  });

  it('denies every permission, adds the CSP and cancels remote requests', async () => {
    const s = await start();
    let granted: boolean | undefined;
    s.session.permissionRequestHandler!({}, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(s.session.permissionCheckHandler!()).toBe(false);
    let headers: unknown;
    s.session.headersHandler!({ responseHeaders: {} }, (r) => (headers = r));
    expect(headers).toEqual({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    const cancelled = (url: string) => {
      let result: boolean | undefined;
      s.session.requestHandler!({ url }, (r) => (result = r.cancel));
      return result;
    };
    expect(cancelled('https://cdn.example/lib.js')).toBe(true);
    expect(cancelled('http://127.0.0.1:5780/api/listPorts')).toBe(true);
    expect(cancelled(s.indexUrl)).toBe(false);
    await s.close();
  });

  it('opens a damaged store in recovery: the renderer is told and offered the backups, nothing crashes', async () => {
    const stub = createElectronStub();
    const dataDir = tempDir();
    const fs = await import('node:fs');
    fs.writeFileSync(path.join(dataDir, 'clearance.sqlite'), 'not a database '.repeat(100));
    const errors: string[] = [];
    stub.appEvents.on('error-box', (_t: string, text: string) => errors.push(text));
    const outDir = tempDir();
    const app = await startDesktopApp(stub.electron as unknown as ElectronApi, { outDir, dataDir });
    expect(app).not.toBeNull();
    expect(errors).toEqual([]);
    expect(app!.core.mode).toBe('recovery');
    const frame = { url: pathToFileURL(path.join(outDir, 'renderer', 'index.html')).href, parent: null };
    const ask = (method: string) => stub.handlers.get(`api:${method}`)!({ senderFrame: frame, sender: { id: 1, once: () => undefined } }, undefined);
    expect(await ask('getAuthState')).toMatchObject({ ok: true, value: { mode: 'recovery', problem: expect.stringMatching(/数据文件已损坏/), backups: [] } });
    expect(await ask('listPorts')).toMatchObject({ ok: false, error: { code: 'STORE_DAMAGED' } });
    await app!.core.close();
  });

  it('shows one Chinese error and quits when the store was written by a newer version', async () => {
    const stub = createElectronStub();
    const dataDir = tempDir();
    const store = await openStore({ dataDir });
    store.sqlite.prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_x', 'now')").run();
    await store.close();
    const errors: string[] = [];
    stub.appEvents.on('error-box', (_t: string, text: string) => errors.push(text));
    let quit = false;
    stub.appEvents.on('quit-called', () => (quit = true));
    const app = await startDesktopApp(stub.electron as unknown as ElectronApi, { outDir: tempDir(), dataDir });
    expect(app).toBeNull();
    expect(quit).toBe(true);
    expect(errors[0]).toMatch(/更新版本/);
  });
});
