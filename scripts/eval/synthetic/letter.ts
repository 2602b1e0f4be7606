import type { Rng } from './random';

export interface InfoField {
  label: string;
  value: string;
}

export interface LetterParts {
  /** Sender name and address lines at the very top. */
  letterhead: string[];
  /** Return-address line above the recipient ("Finanzamt X · Postfach 12 34 · 12345 Ort"). */
  senderLine?: string;
  /** Anrede line ("Herrn", "Frau", "Firma") or none. */
  anrede?: string;
  recipient: string[];
  info: InfoField[];
  body: string[];
  footer: string[];
}

export type LetterStyle = 'two-column' | 'stacked' | 'colon' | 'table';

const pad = (text: string, width: number): string =>
  text.length >= width ? `${text}  ` : text.padEnd(width);

/**
 * Renders a business letter as layout text in one of several layouts: info column beside the address
 * (DIN 5008 form B), info block above it, "Label: Wert" lines below it, or a label row with values under it.
 */
export function renderLetter(rng: Rng, parts: LetterParts, style: LetterStyle): string {
  const lines: string[] = [];
  const indent = ' '.repeat(rng.int(0, 6));
  const labelWidth = Math.max(...parts.info.map((field) => field.label.length), 8) + rng.int(2, 8);
  const infoColumn = rng.int(58, 80);
  lines.push(...parts.letterhead.map((line) => indent + line));
  lines.push('', '');
  const address = [...(parts.anrede ? [parts.anrede] : []), ...parts.recipient];
  if (style === 'two-column') {
    const left = [...(parts.senderLine ? [parts.senderLine] : []), ...address];
    const rows = Math.max(left.length, parts.info.length);
    for (let i = 0; i < rows; i++) {
      const l = left[i] ?? '';
      const field = parts.info[i];
      const right = field ? `${pad(field.label, labelWidth)}${field.value}` : '';
      lines.push(right === '' ? indent + l : `${indent}${pad(l, infoColumn)}${right}`.replace(/\s+$/, ''));
    }
  } else if (style === 'stacked') {
    for (const field of parts.info)
      lines.push(`${' '.repeat(infoColumn)}${pad(field.label, labelWidth)}${field.value}`);
    lines.push('');
    if (parts.senderLine) lines.push(indent + parts.senderLine);
    lines.push(...address.map((line) => indent + line));
  } else if (style === 'colon') {
    if (parts.senderLine) lines.push(indent + parts.senderLine);
    lines.push(...address.map((line) => indent + line));
    lines.push('');
    for (const field of parts.info) lines.push(`${indent}${field.label}: ${field.value}`);
  } else {
    if (parts.senderLine) lines.push(indent + parts.senderLine);
    lines.push(...address.map((line) => indent + line));
    lines.push('');
    const widths = parts.info.map((field) => Math.max(field.label.length, field.value.length) + 4);
    lines.push(
      indent +
        parts.info
          .map((field, i) => pad(field.label, widths[i] ?? 10))
          .join('')
          .trimEnd(),
    );
    lines.push(
      indent +
        parts.info
          .map((field, i) => pad(field.value, widths[i] ?? 10))
          .join('')
          .trimEnd(),
    );
  }
  lines.push('', '');
  lines.push(...parts.body.map((line) => (line === '\f' ? line : indent + line)));
  lines.push('', '');
  lines.push(...parts.footer.map((line) => indent + line));
  return lines.join('\n').replace(/\n?\f\n?/g, '\f');
}

/** "Label   Wert" with a wide gap, as in tables and Abrechnung blocks. */
export const row = (rng: Rng, label: string, value: string, width = 60): string =>
  `${label}${' '.repeat(Math.max(2, width - label.length + rng.int(-4, 8)))}${value}`;
