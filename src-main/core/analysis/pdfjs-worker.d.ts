// The in-thread pdfjs worker module has no type declarations of its own; only its presence matters.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
