import { describe, expect, it } from 'vitest';
import { tempCore, TEST_CTX } from './helpers/tempCore';
import { registerIpcHandlers } from '../../electron/main/ipc';
import { createSecureWindow } from '../../electron/main/security/webPreferences';
import { isSafeExternalUrl, openExternalSafely } from '../../electron/main/security/externalLinks';
import { ipcChannelOf, type ApiResult } from '../../shared/contract';
import { emptyDayValues } from '../../shared/domain/dailyFields';

const trusted = { indexFileUrl: 'file:///app/out/renderer/index.html', printFileUrl: 'file:///app/out/renderer/print.html' };

/** The electron module's ipcMain and windows, as far as the shell uses them. */
function stubIpc() {
  const handlers = new Map<string, (event: unknown, input: unknown) => Promise<ApiResult<unknown>>>();
  const destroyed = new Map<number, () => void>();
  const window = (id: number, url = trusted.indexFileUrl) => ({
    senderFrame: { url, parent: null },
    sender: {
      id,
      once: (event: string, cb: () => void) => {
        if (event === 'destroyed') destroyed.set(id, cb);
      },
    },
  });
  return {
    ipcMain: { handle: (channel: string, fn: never) => void handlers.set(channel, fn) },
    invoke: (win: ReturnType<typeof window>, method: string, input?: unknown) => handlers.get(ipcChannelOf(method as never))!(win, input),
    window,
    close: (id: number) => destroyed.get(id)?.(),
  };
}

describe('desktop shell: IPC keeps sign-in per window', () => {
  it("a viewer's write through IPC is refused; another window is not signed in; closing the window ends the session", async () => {
    const core = await tempCore();
    await core.ok('createUser', { username: 'viewer', displayName: '查看员', role: 'viewer', password: 'viewer-password' }, TEST_CTX);
    const ipc = stubIpc();
    registerIpcHandlers(ipc.ipcMain as never, core, trusted);
    const first = ipc.window(1);
    expect(await ipc.invoke(first, 'listPorts')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await ipc.invoke(first, 'login', { username: 'viewer', password: 'viewer-password' })).toMatchObject({ ok: true });
    expect(await ipc.invoke(first, 'listPorts')).toMatchObject({ ok: true });
    const write = await ipc.invoke(first, 'saveDay', { portId: 1, date: '2025-06-01', values: emptyDayValues(), expectedRevision: null, confirmWarnings: true });
    expect(write).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    expect(await ipc.invoke(ipc.window(2), 'listPorts')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await ipc.invoke(ipc.window(3, 'https://evil.example/'), 'listPorts')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    ipc.close(1);
    expect(await ipc.invoke(ipc.window(1), 'listPorts')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(core.store.sqlite.prepare(`SELECT action FROM audit_log WHERE action IN ('login', 'logout') ORDER BY id`).all()).toEqual([
      { action: 'login' },
      { action: 'logout' },
    ]);
  });
});

describe('desktop shell: the backup folder dialog', () => {
  it('the administrator picks the backup folder with the system dialog; the browser host has none', async () => {
    const core = await tempCore();
    await core.ok('createUser', { username: 'boss', displayName: '主任', role: 'admin', password: 'chief-at-the-port' }, TEST_CTX);
    const ipc = stubIpc();
    const asked: string[] = [];
    registerIpcHandlers(ipc.ipcMain as never, core, trusted, async (_sender, title) => (asked.push(title), 'E:\\口岸数据备份'));
    const win = ipc.window(1);
    expect(await ipc.invoke(win, 'pickBackupFolder')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    await ipc.invoke(win, 'login', { username: 'boss', password: 'chief-at-the-port' });
    expect(await ipc.invoke(win, 'pickBackupFolder')).toEqual({ ok: true, value: { supported: true, folder: 'E:\\口岸数据备份' } });
    expect(asked).toEqual(['选择备份文件夹（可选 U 盘）']);
    expect(await core.ok('pickBackupFolder', undefined)).toEqual({ supported: false, folder: null });
  });
});

describe('desktop shell: window and links', () => {
  it('creates the window with the renderer sandboxed and isolated, whatever else is asked', () => {
    let seen: Record<string, unknown> = {};
    class FakeWindow {
      constructor(options: Record<string, unknown>) {
        seen = options;
      }
    }
    createSecureWindow(FakeWindow as never, '/app/preload.cjs', { width: 800, title: 't', webPreferences: { nodeIntegration: true } } as never);
    expect(seen.width).toBe(800);
    expect(seen.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('opens only plain https links outside the app', async () => {
    expect(isSafeExternalUrl('https://www.customs.gov.cn/')).toBe(true);
    for (const bad of ['http://example.com', 'file:///C:/Windows/system32/calc.exe', 'javascript:alert(1)', 'https://user:pw@example.com', 'smb://host/share', 'not a url']) {
      expect(isSafeExternalUrl(bad), bad).toBe(false);
    }
    const opened: string[] = [];
    expect(await openExternalSafely('file:///etc/passwd', async (u) => void opened.push(u))).toBe(false);
    expect(await openExternalSafely('https://example.com/', async (u) => void opened.push(u))).toBe(true);
    expect(opened).toEqual(['https://example.com/']);
  });
});
