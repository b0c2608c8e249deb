import type { IpcMain, WebFrameMain } from 'electron';
import { METHOD_NAMES, ipcChannelOf, type ApiResult } from '../../shared/contract';
import type { Core } from '../core/openCore';
import { isTrustedRendererUrl, type TrustedOrigins } from './security/trustedUrl';

/**
 * One IPC channel per contract method. Each message is checked for its sender frame (only the app's
 * own top-level renderer may call; Electron checklist #17) and its input is validated with the
 * method's zod schema inside core.call.
 */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, core: Pick<Core, 'call'>, trusted: TrustedOrigins): void {
  for (const name of METHOD_NAMES) {
    ipcMain.handle(ipcChannelOf(name), async (event, input: unknown): Promise<ApiResult<unknown>> => {
      if (!isTrustedSender(event.senderFrame, trusted)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的请求' } };
      }
      return core.call(name, input, { actor: null, host: 'ipc' });
    });
  }
}

export function isTrustedSender(frame: Pick<WebFrameMain, 'url' | 'parent'> | null | undefined, trusted: TrustedOrigins): boolean {
  // A null frame means it navigated away or was destroyed before the message was handled.
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isTrustedRendererUrl(frame.url, trusted);
}
