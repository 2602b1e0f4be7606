/**
 * Collects the files of a drop, walking dropped folders. Entries and files must be taken from the
 * DataTransfer synchronously, inside the drop event: afterwards the browser empties it.
 */
export function takeDroppedFiles(data: DataTransfer): Promise<File[]> {
  const items = Array.from(data.items ?? []).filter((item) => item.kind === 'file');
  if (items.length === 0) return Promise.resolve(Array.from(data.files ?? []));
  const taken = items.map((item) => {
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    return { entry, file: item.getAsFile() };
  });
  return (async () => {
    const files: File[] = [];
    for (const { entry, file } of taken) {
      if (entry?.isDirectory) files.push(...(await walkDirectory(entry as FileSystemDirectoryEntry)));
      else if (file) files.push(file);
    }
    return files;
  })();
}

/** Files the operating system puts into folders by itself; nobody means to import them. */
const systemFiles = new Set(['.ds_store', 'thumbs.db', 'desktop.ini']);
const isSystemFile = (name: string) => name.startsWith('._') || systemFiles.has(name.toLowerCase());

async function walkDirectory(directory: FileSystemDirectoryEntry): Promise<File[]> {
  const files: File[] = [];
  for (const entry of await readAllEntries(directory)) {
    if (entry.isDirectory) {
      files.push(...(await walkDirectory(entry as FileSystemDirectoryEntry)));
    } else if (entry.isFile && !isSystemFile(entry.name)) {
      const file = await fileOf(entry as FileSystemFileEntry);
      if (file) files.push(file);
    }
  }
  return files;
}

/** readEntries answers in batches (100 in Chromium) until it returns an empty one. */
async function readAllEntries(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve) =>
      reader.readEntries(resolve, () => resolve([])),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

const fileOf = (entry: FileSystemFileEntry): Promise<File | null> =>
  new Promise((resolve) => entry.file(resolve, () => resolve(null)));

/** True while something from outside the page is dragged (not a Kanban card or selected text). */
export const carriesFiles = (data: DataTransfer | null): boolean =>
  !!data && Array.from(data.types ?? []).includes('Files');
