import fs from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { BUILT_FONT_DIR, FOOTER_FONT_WEIGHT } from './electron/main/briefingPdf/footerFont';

/**
 * The PDF footer embeds slices of Noto Sans SC read by the main process (footerFont.ts). The font
 * package is a build-time dependency, so its stylesheet and slices of that weight are copied beside
 * the bundled main process, and the installer ships no renderer package.
 */
function copyFooterFont(): Plugin {
  return {
    name: 'copy-footer-font',
    writeBundle(options) {
      const pkg = dirname(createRequire(import.meta.url).resolve(`@fontsource/noto-sans-sc/${FOOTER_FONT_WEIGHT}.css`));
      const to = join(options.dir!, BUILT_FONT_DIR);
      fs.mkdirSync(join(to, 'files'), { recursive: true });
      fs.copyFileSync(join(pkg, `${FOOTER_FONT_WEIGHT}.css`), join(to, `${FOOTER_FONT_WEIGHT}.css`));
      for (const file of fs.readdirSync(join(pkg, 'files'))) {
        if (file.endsWith(`-${FOOTER_FONT_WEIGHT}-normal.woff2`)) fs.copyFileSync(join(pkg, 'files', file), join(to, 'files', file));
      }
    },
  };
}

/**
 * Libraries by chunk (a test of the module's path, the chunk's name): React for every page; the
 * charts for the pages with charts and the print page; antd for the app, never the print page.
 */
const VENDOR_CHUNKS = [
  // With the small helpers both libraries use: in either library's chunk, the other would load it.
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-is|use-sync-external-store|clsx)[\\/]/, priority: 30 },
  { name: 'recharts', test: /node_modules[\\/](recharts|victory-vendor|d3-[^\\/]+|internmap|@reduxjs|redux|redux-thunk|react-redux|reselect|immer|es-toolkit|decimal\.js-light|eventemitter3|tiny-invariant)[\\/]/, priority: 20 },
  { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|dayjs|@babel[\\/]runtime|scroll-into-view-if-needed|compute-scroll-into-view|throttle-debounce|@emotion|stylis)[\\/]/, priority: 10 },
];

export default defineConfig({
  main: {
    // Only `dependencies` stay outside the bundle: they are what the installer ships in node_modules.
    plugins: [externalizeDepsPlugin(), copyFooterFont()],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          // The desktop app, and the CLI as plain JavaScript (the packaged app runs no TypeScript).
          index: resolve(__dirname, 'electron/main/index.ts'),
          cli: resolve(__dirname, 'electron/cli/index.ts'),
          // Import files are read in a worker thread, which needs a file of its own beside index.js
          // (readInWorker looks for parseWorker.js next to itself).
          parseWorker: resolve(__dirname, 'electron/core/services/importExport/import/parseWorker.ts'),
        },
        // Every file of the main process in one folder, so that paths relative to import.meta.url
        // (the renderer, the copied font, the worker) are the same from any of them.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    // Bundled into one CommonJS file: a sandboxed preload can neither require packages nor be ESM.
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // electron-vite leaves the renderer unminified; minified, the page's 5 MB of script is read and
      // compiled in a fraction of the time at every start.
      minify: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'renderer/index.html'),
          // The briefing's print page, an entry of its own: the PDF exports load it, and it reads
          // React, the charts and the font, not the app's antd shell and pages.
          print: resolve(__dirname, 'renderer/print.html'),
        },
        // Libraries in chunks of their own, so that each page and the print page read only those
        // they use, and a change to the app leaves them as they were (Rolldown's successor to
        // manualChunks).
        output: { codeSplitting: { groups: VENDOR_CHUNKS } },
      },
      chunkSizeWarningLimit: 4000,
    },
  },
});
