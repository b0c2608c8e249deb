import fs from 'node:fs';
import type http from 'node:http';
import { takeExportDownload } from '../core/services/importExport/export/exportJobs';

/** The file name as a download header carries it: an ASCII fallback, and the Chinese name in UTF-8 (RFC 6266). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function refuse(res: http.ServerResponse, status: number, message: string, headers: Record<string, string>): void {
  res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end(message);
}

/**
 * Streams a finished export to the browser that started it, as a download, then removes it. The
 * link is a plain GET (the browser saves it without the page holding the file in memory), so it is
 * guarded as the API is: the sign-in cookie (HttpOnly, SameSite=Strict: another site's page cannot
 * send it) must be the one that started the export, and the token works once.
 */
export function sendExportDownload(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  { token, sessionId, known, headers }: { token: string; sessionId: string | null; known: boolean; headers: Record<string, string> },
): void {
  if (!known) return refuse(res, 401, '请先登录后再下载导出的文件', headers);
  const file = takeExportDownload(token, sessionId);
  if (!file) return refuse(res, 404, '下载链接无效或已经用过，请回到“导入导出”页重新导出', headers);
  res.writeHead(200, {
    ...headers,
    'Content-Type': file.mimeType,
    'Content-Length': String(file.size),
    'Content-Disposition': contentDisposition(file.fileName),
    'Cache-Control': 'no-store',
  });
  const stream = fs.createReadStream(file.file);
  stream.pipe(res);
  // Sent or abandoned, the file goes: a download cut short is started again from the page.
  res.on('close', () => {
    stream.destroy();
    file.release();
  });
  req.on('error', () => stream.destroy());
}
