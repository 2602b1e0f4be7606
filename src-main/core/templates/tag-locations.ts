/** Where something in a template is, for messages a user can act on. */
export interface TemplateLocation {
  /** Part of the archive, e.g. `word/document.xml`. */
  part: string;
  /** German name of the part: Haupttext, Kopfzeile 1, Fußzeile 2, Fußnoten. */
  partLabel: string;
  /** 1-based paragraph number within the part (counting every paragraph, also in tables). */
  paragraph?: number;
  /** Text around the place, as the user sees it in Word. */
  context?: string;
}

export function partLabel(part: string): string {
  const name = part.replace(/^word\//, '');
  const header = /^header(\d*)\.xml$/.exec(name);
  if (header) return `Kopfzeile ${header[1] || 1}`;
  const footer = /^footer(\d*)\.xml$/.exec(name);
  if (footer) return `Fußzeile ${footer[1] || 1}`;
  if (name === 'document.xml') return 'Haupttext';
  if (name === 'footnotes.xml') return 'Fußnoten';
  if (name === 'endnotes.xml') return 'Endnoten';
  if (name === 'comments.xml') return 'Kommentare';
  return part;
}

const unescape = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

interface TextRun {
  /** Offset of this text in the part's concatenated (still escaped) text, as docxtemplater counts. */
  offset: number;
  text: string;
  paragraph: number;
}

/**
 * Maps docxtemplater's error offsets (positions in the concatenated raw text of all `<w:t>` elements)
 * to paragraph numbers and surrounding text.
 */
export class PartTextIndex {
  private readonly runs: TextRun[] = [];
  private readonly paragraphTexts = new Map<number, string>();

  constructor(xml: string) {
    const token = /<w:p[ >]|<\/w:p>|<w:p\/>|<(w:t|m:t)(?:\s[^>]*)?>([^<]*)<\/\1>/g;
    const open: number[] = [];
    let count = 0;
    let offset = 0;
    for (const match of xml.matchAll(token)) {
      const tag = match[0];
      if (tag.startsWith('<w:p/')) count++;
      else if (tag.startsWith('</w:p')) open.pop();
      else if (tag.startsWith('<w:p')) open.push(++count);
      else {
        const text = match[2] ?? '';
        const paragraph = open[open.length - 1] ?? 0;
        this.runs.push({ offset, text, paragraph });
        this.paragraphTexts.set(paragraph, (this.paragraphTexts.get(paragraph) ?? '') + text);
        offset += text.length;
      }
    }
  }

  /** Paragraph number and the paragraph's text around the offset (at most ~80 characters). */
  locate(offset: number): { paragraph: number; context: string } | undefined {
    let hit: TextRun | undefined;
    for (const run of this.runs) {
      if (run.offset > offset) break;
      hit = run;
    }
    if (!hit) return undefined;
    const raw = this.paragraphTexts.get(hit.paragraph) ?? '';
    const before = this.runs
      .filter((run) => run.paragraph === hit.paragraph && run.offset < hit.offset)
      .reduce((sum, run) => sum + run.text.length, 0);
    const at = before + (offset - hit.offset);
    const start = Math.max(0, at - 40);
    const end = Math.min(raw.length, at + 40);
    const context = `${start > 0 ? '…' : ''}${unescape(raw.slice(start, end)).trim()}${end < raw.length ? '…' : ''}`;
    return { paragraph: hit.paragraph, context };
  }
}
