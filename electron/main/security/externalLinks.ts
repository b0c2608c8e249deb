/**
 * The only way the app opens anything outside itself. Links are opened in the system browser only
 * when they are plain https; everything else (file:, javascript:, smb:, custom schemes) is refused,
 * because a crafted note or import could otherwise launch a program.
 */
export function isSafeExternalUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

export async function openExternalSafely(raw: string, open: (url: string) => Promise<void>): Promise<boolean> {
  if (!isSafeExternalUrl(raw)) return false;
  await open(raw);
  return true;
}
