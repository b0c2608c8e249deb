import { resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // Import files are read in a worker thread, which needs a file of its own beside index.js
          // (readInWorker looks for parseWorker.js next to itself).
          parseWorker: resolve(__dirname, 'electron/core/services/import/parseWorker.ts'),
        },
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
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
      chunkSizeWarningLimit: 4000,
    },
  },
});
