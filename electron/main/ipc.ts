import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { METHOD_NAMES, ipcChannelOf, type ApiResult } from '../../shared/contract';
import type { Core } from '../core/openCore';
import type { HostSession } from '../core/types';
import { isTrustedRendererUrl, type TrustedOrigins } from './security/trustedUrl';

/** The part of the sender the shell needs: which window sent it, and when that window goes away. */
type Sender = Pick<IpcMainInvokeEvent['sender'], 'id' | 'once'>;

/**
 * One IPC channel per contract method. Each message is checked for its sender frame (only the app's
 * own top-level renderer may call; Electron checklist #17) and its input is validated with the
 * method's zod schema inside core.call. Sign-in is kept per window (sender webContents): the renderer
 * never holds the session id, and a closed window's session ends with it.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  core: Pick<Core, 'call'>,
  trusted: TrustedOrigins,
  /** the system's folder dialog over the sender's window (the backup folder) */
  pickFolder?: (sender: IpcMainInvokeEvent['sender'], title: string) => Promise<string | null>,
): void {
  const sessions = new Map<number, string>();
  const watched = new Set<number>();

  const sessionOf = (sender: Sender): HostSession => {
    const key = sender.id;
    if (!watched.has(key)) {
      watched.add(key);
      sender.once('destroyed', () => {
        const id = sessions.get(key);
        sessions.delete(key);
        watched.delete(key);
        if (id) void core.call('logout', undefined, { actor: null, host: 'ipc', session: { id, set: () => undefined } });
      });
    }
    const session: HostSession = {
      id: sessions.get(key) ?? null,
      set(id) {
        session.id = id;
        if (id) sessions.set(key, id);
        else sessions.delete(key);
      },
    };
    return session;
  };

  for (const name of METHOD_NAMES) {
    ipcMain.handle(ipcChannelOf(name), async (event, input: unknown): Promise<ApiResult<unknown>> => {
      if (!isTrustedSender(event.senderFrame, trusted)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的请求' } };
      }
      return core.call(name, input, {
        actor: null,
        host: 'ipc',
        session: sessionOf(event.sender),
        ...(pickFolder ? { pickFolder: (title: string) => pickFolder(event.sender, title) } : {}),
      });
    });
  }
}

export function isTrustedSender(frame: Pick<WebFrameMain, 'url' | 'parent'> | null | undefined, trusted: TrustedOrigins): boolean {
  // A null frame means it navigated away or was destroyed before the message was handled.
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isTrustedRendererUrl(frame.url, trusted);
}
