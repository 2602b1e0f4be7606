import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SyncDecompressionStream } from '../../src-main/core/analysis/sync-decompression';

const text = 'Bescheid für 2024 über Einkommensteuer\n'.repeat(2000);
const bytes = new Uint8Array(Buffer.from(text));

/** What pdfjs does with a DecompressionStream: write, close, read until done. */
async function inflate(format: string, input: Uint8Array): Promise<string> {
  const { readable, writable } = new SyncDecompressionStream(format);
  const writer = writable.getWriter();
  writer.write(input).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = readable.getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

describe('synchronous DecompressionStream for the extraction threads', () => {
  it('inflates every format pdfjs asks for, like the built-in stream', async () => {
    expect(await inflate('deflate', zlib.deflateSync(bytes))).toBe(text);
    expect(await inflate('deflate-raw', zlib.deflateRawSync(bytes))).toBe(text);
    expect(await inflate('gzip', zlib.gzipSync(bytes))).toBe(text);
    expect(await inflate('brotli', zlib.brotliCompressSync(bytes))).toBe(text);
    const builtIn = new Response(
      new Blob([zlib.deflateSync(bytes)]).stream().pipeThrough(new DecompressionStream('deflate')),
    );
    expect(await builtIn.text()).toBe(text);
  });

  it('works with pipeThrough and several written chunks', async () => {
    const compressed = zlib.deflateSync(bytes);
    const source = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(compressed.subarray(0, 100));
        controller.enqueue(compressed.subarray(100));
        controller.close();
      },
    });
    const out = await new Response(source.pipeThrough(new SyncDecompressionStream('deflate'))).text();
    expect(out).toBe(text);
  });

  it('fails the read for damaged data, so pdfjs falls back to its own decoder', async () => {
    const damaged = zlib.deflateSync(bytes).subarray(0, 50);
    await expect(inflate('deflate', damaged)).rejects.toThrow();
    await expect(inflate('deflate', new Uint8Array([1, 2, 3, 4]))).rejects.toThrow();
  });

  it('refuses unknown formats like the built-in one', () => {
    expect(() => new SyncDecompressionStream('zip')).toThrow(TypeError);
  });
});
