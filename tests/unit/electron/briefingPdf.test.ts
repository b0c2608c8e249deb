import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startDesktopApp, type ElectronApi } from '../../../electron/main/desktopApp';
import { createBriefingPdfExporter, withPdfExtension, type PdfElectronApi } from '../../../electron/main/briefingPdf/exportBriefingPdf';
import { parseFontSlices, slicesFor } from '../../../electron/main/briefingPdf/footerFont';
import { BRIEFING_FAILED_TITLE_PREFIX, FOOTER_CHARACTERS, decodeBriefingFromUrl, footerCharacters } from '../../../shared/domain/briefing/printLayout';
import type { Briefing } from '../../../shared/contract/briefing';
import { formatDateLabel } from '../../../shared/domain/format';
import { todayInShanghai } from '../../../shared/domain/dates';
import { tempDir } from '../helpers/tempCore';
import { createElectronStub } from './electronStub';

const JUNE = { kind: 'month', from: '2025-06-01', to: '2025-06-30' };
const TITLE = '樟木口岸通关情况简报（2025年6月）';

type Result = { ok: boolean; value?: unknown; error?: { code: string; message: string } };

async function start() {
  const stub = createElectronStub();
  const outDir = path.join(tempDir(), 'out');
  const documents = tempDir();
  stub.paths.documents = documents;
  const app = await startDesktopApp(stub.electron as unknown as ElectronApi, { outDir, dataDir: tempDir() });
  if (!app) throw new Error('app did not start');
  const mainWindow = stub.windows[0]!;
  const senderFrame = { url: app.trusted.indexFileUrl, parent: null };
  // the app's window, signed in as its first administrator (sign-in is kept per window)
  const sender = { id: 1, once: () => undefined };
  const invoke = (method: string, input: unknown, frame: unknown = senderFrame) =>
    stub.handlers.get(`api:${method}`)!({ senderFrame: frame, sender }, input) as Promise<Result>;
  await invoke('createFirstAdmin', { username: 'admin', displayName: '管理员', password: 'admin-password' });
  const exportPdf = (input: unknown = { portId: 1, period: JUNE }) => invoke('exportBriefingPdf', input);
  return { ...stub, app, outDir, documents, mainWindow, invoke, exportPdf, close: () => app.core.close() };
}

describe('the desktop PDF export of a briefing (against a stub of electron)', () => {
  it('asks where to save with a sensible name, renders the print view hidden, and writes the PDF', async () => {
    const s = await start();
    const target = path.join(tempDir(), '六月简报');
    s.saveDialog.answer = { canceled: false, filePath: target };
    // the renderer: once loaded it draws the briefing and sets the title
    s.hooks.onLoad = (win) => setTimeout(() => win.webContents.setTitle(TITLE), 5);

    const r = await s.exportPdf();
    expect(r).toEqual({ ok: true, value: { status: 'saved', fileName: '六月简报.pdf', bytes: 13 } });
    expect(fs.readFileSync(target + '.pdf', 'utf8')).toBe('%PDF-1.7 stub');

    const [call] = s.saveDialogCalls;
    expect(call!.parent).toBe(s.mainWindow);
    expect(call!.options).toMatchObject({
      defaultPath: path.join(s.documents, '樟木口岸通关简报_2025年6月.pdf'),
      filters: [{ name: 'PDF 文件', extensions: ['pdf'] }],
    });

    const hidden = s.windows[1]!;
    expect(hidden.options).toMatchObject({ show: false });
    expect(hidden.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    // the print page, an entry of its own, not the app's index.html
    expect(hidden.loaded).toBe(path.join(s.outDir, 'renderer', 'print.html'));
    // the print view is given the briefing in its URL: its own API calls would have no sign-in
    const hash = new URLSearchParams(hidden.loadOptions!.hash!);
    expect(hidden.loadOptions!.hash!.startsWith('port=1&kind=month&from=2025-06-01&to=2025-06-30&data=')).toBe(true);
    const given = decodeBriefingFromUrl(hash.get('data')!);
    expect(given).toMatchObject({ title: TITLE, fileName: '樟木口岸通关简报_2025年6月.pdf', period: { label: '2025年6月' } });
    expect(given).toEqual((await s.invoke('getBriefing', { portId: 1, period: JUNE })).value);
    expect(hidden.destroyed).toBe(true);
    expect(s.mainWindow.progress).toEqual([2, -1]);

    const [options] = hidden.webContents.printed;
    expect(options).toMatchObject({ pageSize: 'A4', printBackground: true, displayHeaderFooter: true, landscape: false });
    expect(options!.margins).toEqual({ top: 16 / 25.4, right: 16 / 25.4, bottom: 18 / 25.4, left: 16 / 25.4 });
    const footer = String(options!.footerTemplate);
    expect(footer).toContain('第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页');
    expect(footer).toContain(`生成日期：${formatDateLabel(todayInShanghai())}`);
    expect(footer).toMatch(/@font-face\{font-family:'Noto Sans SC';[^}]*src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]{1000,}\)/);
    await s.close();
  });

  it('does nothing when the save dialog is cancelled', async () => {
    const s = await start();
    s.saveDialog.answer = { canceled: true };
    expect(await s.exportPdf()).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(s.windows).toHaveLength(1);
    await s.close();
  });

  it("reports the page's own failure in Chinese and closes the hidden window", async () => {
    const s = await start();
    s.saveDialog.answer = { canceled: false, filePath: path.join(tempDir(), 'x.pdf') };
    s.hooks.onLoad = (win) => setTimeout(() => win.webContents.setTitle(`${BRIEFING_FAILED_TITLE_PREFIX}无法读取数据`), 5);
    const r = await s.exportPdf();
    expect(r).toMatchObject({ ok: false, error: { message: `${BRIEFING_FAILED_TITLE_PREFIX}无法读取数据` } });
    expect(s.windows[1]!.destroyed).toBe(true);
    expect(s.windows[1]!.webContents.printed).toEqual([]);
    await s.close();
  });

  it('validates the input like every IPC call and refuses other frames', async () => {
    const s = await start();
    const bad = await s.exportPdf({ portId: 1, period: { kind: 'month', from: '2025-06-31', to: '2025-06-30' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const evil = await s.invoke('exportBriefingPdf', { portId: 1, period: JUNE }, { url: 'https://evil.example/', parent: null });
    expect(evil).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // another window of the app that has not signed in
    const stranger = (await s.handlers.get('api:exportBriefingPdf')!(
      { senderFrame: { url: s.app.trusted.indexFileUrl, parent: null }, sender: { id: 2, once: () => undefined } },
      { portId: 1, period: JUNE },
    )) as Result;
    expect(stranger).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(s.saveDialogCalls).toEqual([]);
    await s.close();
  });
});

describe('createBriefingPdfExporter on its own', () => {
  function exporter(overrides: Partial<Parameters<typeof createBriefingPdfExporter>[0]> = {}) {
    const stub = createElectronStub();
    stub.saveDialog.answer = { canceled: false, filePath: path.join(tempDir(), 'a.pdf') };
    const parent = new stub.electron.BrowserWindow({ webPreferences: {} });
    const run = createBriefingPdfExporter({
      electron: stub.electron as unknown as PdfElectronApi,
      outDir: tempDir(),
      parentWindow: () => parent as never,
      footerFontCss: () => '',
      ...overrides,
    });
    const job = { briefing: { title: TITLE, fileName: 'f.pdf', producedLabel: '2025年7月1日', portId: 1, period: { ...JUNE, label: '2025年6月' } } as Briefing };
    return { stub, run: () => run(job), parent };
  }

  it('gives up with a Chinese message when the page never finishes drawing', async () => {
    const { run, stub, parent } = exporter({ timeoutMs: 50 });
    await expect(run()).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('简报排版超时') });
    expect(stub.windows[1]!.destroyed).toBe(true);
    expect(parent.progress.at(-1)).toBe(-1);
  });

  it('says why a file could not be written', async () => {
    const { run, stub } = exporter({
      writeFile: async () => {
        throw Object.assign(new Error('busy'), { code: 'EBUSY' });
      },
    });
    stub.hooks.onLoad = (win) => setTimeout(() => win.webContents.setTitle(TITLE), 5);
    await expect(run()).rejects.toMatchObject({ message: '无法保存“a.pdf”：文件可能正被其他程序打开，或没有写入权限。' });
  });

  it('runs one export at a time', async () => {
    const { run, stub } = exporter();
    stub.hooks.onLoad = (win) => setTimeout(() => win.webContents.setTitle(TITLE), 30);
    const first = run();
    await expect(run()).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(first).resolves.toMatchObject({ status: 'saved' });
  });

  it('adds .pdf to a name typed without it', () => {
    expect(withPdfExtension('简报')).toBe('简报.pdf');
    expect(withPdfExtension('简报.PDF')).toBe('简报.PDF');
  });
});

describe('the footer font', () => {
  it('embeds slices of the bundled font that hold every character the footer prints', () => {
    const css = fs.readFileSync(path.join(path.dirname(require.resolve('@fontsource/noto-sans-sc/400.css')), '400.css'), 'utf8');
    const slices = parseFontSlices(css);
    expect(slices.length).toBeGreaterThan(50);
    const chosen = slicesFor(FOOTER_CHARACTERS + ' ', slices);
    expect(chosen.length).toBeGreaterThan(0);
    expect(chosen.length).toBeLessThanOrEqual(4);
    // the demo label's characters are in the font too, embedded only when printed
    expect(slicesFor(footerCharacters(true), slices).length).toBeGreaterThan(chosen.length);
    expect(() => slicesFor('\u{10FFFD}', slices)).toThrow(/no slice/);
  });
});
