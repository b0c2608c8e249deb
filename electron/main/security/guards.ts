import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../../shared/contract/csp';
import { isTrustedRendererUrl, type TrustedOrigins } from './trustedUrl';
import { openExternalSafely } from './externalLinks';

/**
 * Navigation guards for every web contents the app creates: it never navigates away from its own
 * renderer, never opens windows, never attaches a webview. An https link is handed to the system
 * browser through the safe opener instead.
 */
export function guardWebContents(
  contents: WebContents,
  trusted: TrustedOrigins,
  openExternal: (url: string) => Promise<void>,
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedRendererUrl(url, trusted)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedRendererUrl(url, trusted)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(url, openExternal);
    return { action: 'deny' };
  });
}

/** No camera, microphone, geolocation, notifications…: the app needs none, so every request is denied. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** The CSP as a response header too, for the dev server (the packaged page also carries it in a meta tag). */
export function enforceCsp(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}

/** Nothing remote is loaded: any request that is not the app's own files (or its dev server) is cancelled. */
export function blockRemoteRequests(session: Session, trusted: TrustedOrigins): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url;
    const local =
      url.startsWith('file:') ||
      url.startsWith('data:') ||
      url.startsWith('blob:') ||
      url.startsWith('devtools:') ||
      (trusted.devServerUrl !== undefined && safeOrigin(url) === safeOrigin(trusted.devServerUrl));
    callback({ cancel: !local });
  });
}

function safeOrigin(raw: string): string | null {
  try {
    const u = new URL(raw);
    return u.protocol === 'ws:' ? `http://${u.host}` : u.origin;
  } catch {
    return null;
  }
}
