import fs from 'node:fs/promises';
import path from 'node:path';
import type * as Electron from 'electron';
import { AppError } from '../../../shared/contract/result';
import {
  A4_MM,
  BRIEFING_FAILED_TITLE_PREFIX,
  BRIEFING_HEADER_TEMPLATE,
  BRIEFING_MARGINS_MM,
  BRIEFING_PRINT_PAGE,
  briefingFooterTemplate,
  footerCharacters,
  briefingPrintHash,
  encodeBriefingForUrl,
  mmToInches,
} from '../../../shared/domain/briefing/printLayout';
import type { Briefing } from '../../../shared/contract/briefing';
import type { HostCapabilities } from '../../core/types';
import { createSecureWindow } from '../security/webPreferences';
import { footerFontFaceCss } from './footerFont';

type ExportBriefingPdf = NonNullable<HostCapabilities['exportBriefingPdf']>;

/** The parts of the electron module the export uses; tests pass a stub. */
export type PdfElectronApi = Pick<typeof Electron, 'app' | 'BrowserWindow' | 'dialog'>;

export interface BriefingPdfExporterOptions {
  electron: PdfElectronApi;
  /** the built app (out/), whose renderer and preload the hidden window loads */
  outDir: string;
  devServerUrl?: string | undefined;
  /** the window the save dialog and the progress belong to */
  parentWindow: () => Electron.BrowserWindow | null;
  /** how long the page may take to draw (default 60 s) */
  timeoutMs?: number;
  writeFile?: (file: string, data: Uint8Array) => Promise<void>;
  /** @font-face rules for the footer, with the demo label's characters or not (default: the bundled font's slices, embedded) */
  footerFontCss?: (includesDemo: boolean) => string;
}

/** A4 at CSS pixels (96 per inch): the hidden window lays the page out at the width it prints at. */
const A4_PX = { width: Math.round((A4_MM.width / 25.4) * 96), height: Math.round((A4_MM.height / 25.4) * 96) };

/** The printToPDF options of a briefing: A4, the margins of printLayout, the footer with page numbers and date. */
export function briefingPrintToPdfOptions(producedLabel: string, fontFaceCss: string, includesDemo = false): Electron.PrintToPDFOptions {
  return {
    pageSize: 'A4',
    landscape: false,
    printBackground: true,
    margins: {
      top: mmToInches(BRIEFING_MARGINS_MM.top),
      right: mmToInches(BRIEFING_MARGINS_MM.right),
      bottom: mmToInches(BRIEFING_MARGINS_MM.bottom),
      left: mmToInches(BRIEFING_MARGINS_MM.left),
    },
    displayHeaderFooter: true,
    headerTemplate: BRIEFING_HEADER_TEMPLATE,
    footerTemplate: briefingFooterTemplate({ producedLabel, includesDemo, fontFaceCss }),
  };
}

/** The chosen path with ".pdf" added when the user typed a name without it. */
export function withPdfExtension(file: string): string {
  return path.extname(file).toLowerCase() === '.pdf' ? file : `${file}.pdf`;
}

/**
 * Resolves when the print view has drawn the briefing: it then sets the document title to the
 * briefing's title (or to the failure prefix and a message). A title event needs no script run in
 * the page, so the renderer's CSP and sandbox stay as they are.
 */
export function waitForBriefingDrawn(contents: Electron.WebContents, title: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (error?: AppError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(error);
      else resolve();
    };
    const check = (current: string) => {
      if (current === title) finish();
      else if (current.startsWith(BRIEFING_FAILED_TITLE_PREFIX)) finish(new AppError('INTERNAL', current));
    };
    const timer = setTimeout(
      () => finish(new AppError('INTERNAL', `简报排版超时（超过 ${Math.round(timeoutMs / 1000)} 秒），未生成 PDF。请重试。`)),
      timeoutMs,
    );
    contents.on('page-title-updated', (_event, current: string) => check(current));
    contents.on('did-fail-load', () => finish(new AppError('INTERNAL', '简报页面加载失败，未生成 PDF。请重试。')));
    contents.on('render-process-gone', () => finish(new AppError('INTERNAL', '简报页面意外关闭，未生成 PDF。请重试。')));
  });
}

/**
 * The desktop app's PDF export of a briefing, given to the core as a host capability:
 * 1. the save dialog, with the briefing's file name in the user's documents folder;
 * 2. the print page of the briefing (print.html) in a hidden window (the same preload and guards as
 *    the main window), given the briefing the core assembled for the caller in its URL, waiting
 *    until its fonts and charts are drawn;
 * 3. printToPDF (A4, margins, page numbers 第 N 页 / 共 M 页 and the date produced in the footer),
 *    written to the chosen file.
 * The taskbar shows progress meanwhile (the page shows its own). One export at a time.
 */
export function createBriefingPdfExporter(options: BriefingPdfExporterOptions): ExportBriefingPdf {
  const { electron, outDir, devServerUrl, parentWindow, timeoutMs = 60_000 } = options;
  const writeFile = options.writeFile ?? ((file, data) => fs.writeFile(file, data));
  const fontCss = options.footerFontCss ?? ((includesDemo: boolean) => footerFontFaceCss(footerCharacters(includesDemo)));
  let busy = false;

  async function render(briefing: Briefing): Promise<Uint8Array> {
    // The same preload and guards as the app's window; shown never.
    const win = createSecureWindow(electron.BrowserWindow, path.join(outDir, 'preload', 'index.cjs'), {
      show: false,
      width: A4_PX.width,
      height: A4_PX.height,
      title: briefing.title,
      backgroundColor: '#ffffff',
    });
    try {
      const drawn = waitForBriefingDrawn(win.webContents, briefing.title, timeoutMs);
      const hash = briefingPrintHash(briefing, encodeBriefingForUrl(briefing));
      // The print page, an entry of its own beside the app's index.html (printLayout.ts).
      if (devServerUrl) await win.loadURL(`${new URL(BRIEFING_PRINT_PAGE, devServerUrl).href}#${hash}`);
      else await win.loadFile(path.join(outDir, 'renderer', BRIEFING_PRINT_PAGE), { hash });
      await drawn;
      return await win.webContents.printToPDF(briefingPrintToPdfOptions(briefing.producedLabel, fontCss(briefing.includesDemo), briefing.includesDemo));
    } finally {
      if (!win.isDestroyed()) win.destroy();
    }
  }

  return async ({ briefing }) => {
    if (busy) throw new AppError('CONFLICT', '正在生成另一份简报，请等它完成后再导出');
    busy = true;
    const parent = parentWindow();
    try {
      const dialogOptions: Electron.SaveDialogOptions = {
        title: '导出简报 PDF',
        defaultPath: path.join(electron.app.getPath('documents'), briefing.fileName),
        filters: [{ name: 'PDF 文件', extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const choice = parent ? await electron.dialog.showSaveDialog(parent, dialogOptions) : await electron.dialog.showSaveDialog(dialogOptions);
      if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
      const target = withPdfExtension(choice.filePath);

      // > 1: an indeterminate bar on the taskbar icon while the page renders.
      parent?.setProgressBar(2);
      const pdf = await render(briefing);
      try {
        await writeFile(target, pdf);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException)?.code;
        const why = code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' ? '文件可能正被其他程序打开，或没有写入权限' : '请检查磁盘空间和文件夹';
        throw new AppError('INTERNAL', `无法保存“${path.basename(target)}”：${why}。`);
      }
      return { status: 'saved', fileName: path.basename(target), bytes: pdf.byteLength };
    } finally {
      parent?.setProgressBar(-1);
      busy = false;
    }
  };
}
