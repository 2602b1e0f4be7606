const transliteration: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
  // Letters NFKD does not split into a base letter and a mark.
  ı: 'i',
  İ: 'I',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
};

// Windows refuses these as file names, with any extension.
const reservedNames = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name safe on Windows, macOS and Linux and inside a ZIP: ASCII letters, digits, `_`, `-` and
 * `.` only (umlauts transliterated), no path separators, no leading dots, at most `maxLength` chars.
 */
export function safeFileName(text: string, extension: string, maxLength = 80): string {
  const base = text
    .normalize('NFC')
    .replace(/[äöüÄÖÜßıİłŁøØđĐæÆœŒ]/g, (char) => transliteration[char] ?? char)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/\.{2,}/g, '.')
    .replace(/_+/g, '_')
    .replace(/^[._-]+|[._-]+$/g, '')
    .slice(0, maxLength)
    .replace(/[._-]+$/, '');
  const safe = base === '' || reservedNames.test(base) ? `Dokument${base === '' ? '' : `_${base}`}` : base;
  return `${safe}.${extension}`;
}

/** Appends `_2`, `_3`, … to names already handed out. */
export function uniqueFileName(name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot) : '';
  let candidate = name;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${stem}_${i}${extension}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * A readable file name for a generated letter, as the user sees it in the document list and in
 * Word's title bar: "2026-11-25 Einspruch gegen einen Steuerbescheid – 10023 Müller.docx". Umlauts
 * and spaces stay; characters Windows, macOS or Linux refuse in file names are dropped.
 */
export function letterFileName(parts: {
  date: string;
  templateName: string;
  clientNumber: string;
  clientName: string;
  extension?: string;
}): string {
  const client = [parts.clientNumber, parts.clientName]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
  const text =
    [parts.date, parts.templateName.trim()].filter(Boolean).join(' ') + (client ? ` – ${client}` : '');
  const base = text
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters never belong in a file name
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150)
    .replace(/[. ]+$/, '');
  return `${base || 'Dokument'}.${parts.extension ?? 'docx'}`;
}
