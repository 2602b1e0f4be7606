/** Hands bytes to the browser as a download (Electron shows its save dialog). */
export function saveBytes(bytes: Uint8Array, fileName: string, type: string): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the download starts asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
