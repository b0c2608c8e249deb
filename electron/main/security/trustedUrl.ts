/**
 * Which URLs are the app's own renderer. Parsed with URL, never by string prefix: a prefix check
 * would accept "file:///…/index.html.evil" or "http://127.0.0.1:5173.evil.example".
 */
export interface TrustedOrigins {
  /** the packaged renderer's index.html, as a file: URL */
  indexFileUrl: string;
  /** the packaged renderer's print page (print.html, the briefing the PDF export prints), as a file: URL */
  printFileUrl: string;
  /** the dev server in `npm run dev`, if any */
  devServerUrl?: string | undefined;
}

export function isTrustedRendererUrl(raw: string | undefined | null, trusted: TrustedOrigins): boolean {
  if (!raw) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'file:') {
    if (url.host !== '') return false;
    return [trusted.indexFileUrl, trusted.printFileUrl].some((page) => url.pathname === new URL(page).pathname);
  }
  if (trusted.devServerUrl) {
    const dev = new URL(trusted.devServerUrl);
    return url.origin === dev.origin;
  }
  return false;
}
