/**
 * Saves bytes the core returned (base64) as a file through the browser's download: the same in the
 * desktop app (Electron asks where to save) and in the browser host. The object URL is local
 * (blob:), so neither the CSP nor the request guard has to let anything new through.
 */
export function downloadBase64(fileName: string, base64: string, mimeType: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked on the next turn: Chromium has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
