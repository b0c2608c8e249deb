/**
 * The content security policy of the renderer, the same in the desktop app and the browser host.
 * Nothing remote: scripts, fonts and data come from the app itself. antd injects its styles at run
 * time, hence 'unsafe-inline' for styles only (never for scripts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
