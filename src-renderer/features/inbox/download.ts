import { api } from '../../api/client';
import { saveBytes } from '../../app/files';

/** Saves the stored bytes through the browser's download (the name is only a suggestion). */
export async function downloadDocument(id: number): Promise<void> {
  const content = await api.documents.content({ id });
  saveBytes(content.name, content.bytes, content.mime);
}

/** The desktop app opens the file in the system's program; elsewhere it is downloaded. */
export async function openOrDownload(id: number): Promise<void> {
  const result = await api.documents.open({ id });
  if (!result.opened) await downloadDocument(id);
}
