const mimeByExtension: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  zip: 'application/zip',
};

/** Hands bytes to the browser's download (Electron shows its save dialog); nothing is written by us. */
export function saveBytes(fileName: string, bytes: Uint8Array, mime?: string): void {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  // A copy on its own ArrayBuffer: the Blob constructor wants exactly that, not a view on shared memory.
  const blob = new Blob([bytes.slice()], {
    type: mime ?? mimeByExtension[extension] ?? 'application/octet-stream',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start reading the blob before it is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The bytes of a dropped or picked file, as the core's contracts expect them. */
export async function readFileBytes(file: File): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await file.arrayBuffer());
}
