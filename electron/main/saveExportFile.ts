import fs from 'node:fs/promises';
import path from 'node:path';
import type * as Electron from 'electron';
import { AppError } from '../../shared/contract/result';
import type { HostCapabilities } from '../core/types';

type SaveExportFile = NonNullable<HostCapabilities['saveExportFile']>;

export interface ExportSaverOptions {
  dialog: Pick<typeof Electron.dialog, 'showSaveDialog'>;
  /** the window the save dialog belongs to */
  parentWindow: () => Electron.BrowserWindow | null;
  copyFile?: (from: string, to: string) => Promise<void>;
}

/**
 * The desktop app's end of a data export: the core has written the file into the data folder; the
 * person picks where it goes (the system's save dialog), and it is copied there. The target comes
 * from the dialog only, so the renderer can never name a path.
 */
export function createExportSaver({ dialog, parentWindow, copyFile = fs.copyFile }: ExportSaverOptions): SaveExportFile {
  return async ({ file, fileName }) => {
    const extension = path.extname(fileName).slice(1);
    const options: Electron.SaveDialogOptions = {
      title: '保存导出的数据',
      defaultPath: fileName,
      filters: [{ name: extension === 'csv' ? 'CSV 文件' : 'Excel 工作簿', extensions: [extension] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const parent = parentWindow();
    const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
    const target = path.extname(choice.filePath) ? choice.filePath : `${choice.filePath}.${extension}`;
    try {
      await copyFile(file, target);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException)?.code;
      const why = code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' ? '文件可能正被其他程序打开，或没有写入权限' : '请检查磁盘空间和文件夹';
      throw new AppError('INTERNAL', `无法保存“${path.basename(target)}”：${why}。`);
    }
    return { status: 'saved', fileName: path.basename(target) };
  };
}
