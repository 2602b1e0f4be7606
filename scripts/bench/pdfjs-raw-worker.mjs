// Baseline worker for analysis.text_pages_per_s: bare pdfjs-dist text extraction (getDocument,
// getTextContent per page), nothing else. Plain JavaScript so the thread starts without a TypeScript
// loader; pdfjs runs its own "worker" in this thread, as the app's extraction threads do.
import { parentPort, workerData } from 'node:worker_threads';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

// For the informational figure only: bare pdfjs with the extraction threads' synchronous inflate
// (the bench runs under tsx, so the TypeScript module loads here too).
if (workerData?.syncInflate) {
  const { installSyncDecompression } = await import('../../src-main/core/analysis/sync-decompression.ts');
  installSyncDecompression();
}

globalThis.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');

async function extract(bytes) {
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  let chars = 0;
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    for (const item of content.items) if ('str' in item) chars += item.str.length;
  }
  const pages = doc.numPages;
  await task.destroy();
  return { pages, chars };
}

parentPort.on('message', async (files) => {
  let pages = 0;
  let chars = 0;
  for (const bytes of files) {
    const result = await extract(bytes);
    pages += result.pages;
    chars += result.chars;
  }
  parentPort.postMessage({ pages, chars });
});
