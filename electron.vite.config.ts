import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { PRODUCTION_CSP } from './src-main/electron/csp';

const cspPlugin = (): Plugin => ({
  name: 'rsk-csp',
  transformIndexHtml: {
    order: 'pre',
    handler: (html, ctx) =>
      ctx.server
        ? html
        : html.replace(
            '<!-- CSP -->',
            `<meta http-equiv="Content-Security-Policy" content="${PRODUCTION_CSP}" />`,
          ),
  },
});

/** tesseract.js starts this CommonJS file as its own worker thread, so it must exist as a file. */
const copyOcrWorker = (): Plugin => ({
  name: 'rsk-copy-ocr-worker',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'tesseract-offline-worker.cjs',
      source: readFileSync(resolve(__dirname, 'src-main/core/analysis/tesseract-offline-worker.cjs'), 'utf8'),
    });
  },
});

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: {
        entry: {
          main: resolve(__dirname, 'src-main/electron/main.ts'),
          // Piscina loads it by path beside main.js (src-main/core/analysis/pool.ts).
          'analysis-worker': resolve(__dirname, 'src-main/core/analysis/worker.ts'),
        },
      },
    },
    plugins: [copyOcrWorker()],
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require node_modules: bundle zod and the contracts into it.
      externalizeDeps: false,
      lib: { entry: resolve(__dirname, 'src-main/preload/index.ts'), formats: ['cjs'] },
      rollupOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    plugins: [react(), cspPlugin()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'src-renderer/index.html') },
    },
  },
});
