/**
 * Saves what the core returned as a file through the browser's download: the same in the desktop app
 * (Electron asks where to save) and in the browser host. The object URL is local (blob:), so neither
 * the CSP nor the request guard has to let anything new through.
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has started by then; the URL only holds the memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Bytes sent by the core as base64 (the form files cross the contract in). */
export function downloadBase64(fileName: string, base64: string, mimeType: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  downloadBlob(fileName, new Blob([bytes], { type: mimeType }));
}

/** Text made in the page (a CSV of what is on screen). */
export function downloadText(fileName: string, text: string, mimeType = 'text/csv;charset=utf-8'): void {
  downloadBlob(fileName, new Blob([text], { type: mimeType }));
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
