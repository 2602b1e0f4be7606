import fs from 'node:fs';
import { defaultLimits } from '../core/analysis';

/** The file's bytes, or a German reason why they cannot be read (never throws). */
export function readInputFile(file: string): { bytes: Uint8Array } | { error: string } {
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { error: `„${file}“ ist ein Ordner, keine Datei.` };
    if (!stat.isFile()) return { error: `„${file}“ ist keine gewöhnliche Datei.` };
    if (stat.size > defaultLimits.maxFileBytes) {
      return {
        error: `Die Datei ist zu groß (höchstens ${Math.round(defaultLimits.maxFileBytes / 1024 / 1024)} MB).`,
      };
    }
    return { bytes: new Uint8Array(fs.readFileSync(file)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: `Die Datei „${file}“ gibt es nicht.` };
    if (code === 'EACCES' || code === 'EPERM')
      return { error: `Die Datei „${file}“ darf nicht gelesen werden (keine Berechtigung).` };
    return { error: `Die Datei „${file}“ kann nicht gelesen werden (${code ?? 'Fehler'}).` };
  }
}
