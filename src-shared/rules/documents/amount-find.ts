import { repairDigitTokens } from './normalize';

export interface FoundAmount {
  /** Signed value in euro. */
  value: number;
  index: number;
  length: number;
  raw: string;
  hasCurrency: boolean;
  /** Printed with an explicit sign or a debit marker (S/Soll, trailing minus). */
  explicitSign: '+' | '-' | undefined;
}

// German notation: 1.234,56 / 1 234,56 / 1234,56 / 150,- ; sign before or after; € / EUR / Euro before or after.
const amountPattern =
  /(?<![\d.,/])(?:(EUR|€)\s?)?([+-]\s?)?(\d{1,3}(?:[.']\d{3})+|\d+)(?:,(\d{2}|-{1,2}))(?![\d,]|\.\d)(\s?-(?![\d]))?(?:\s?(€|EUR|Euro)(?![A-Za-z]))?(?:\s?(S|H|Soll|Haben)(?![A-Za-zÄÖÜäöüß]))?/g;
// "12 976,50 €": thin-space thousands, only trusted right before the currency.
const spacedAmountPattern =
  /(?<![\d.,/])(?<!\d\s)([+-]\s?)?(\d{1,3}(?: \d{3})+),(\d{2})\s?(€|EUR|Euro)(?![A-Za-z])/g;
// OCR reads the decimal comma as '/', ';' or '.' now and then; only trusted right before the currency.
const ocrAmountPattern =
  /(?<![\d.,/])([+-]\s?)?(\d{1,3}(?:\.\d{3})+|\d+)[/;.](\d{2})\s?(€|EUR|Euro)(?![A-Za-z])/g;
const wholeEuroPattern =
  /(?<![\d.,/])(?:(EUR|€)\s?)?([+-]\s?)?(\d{1,3}(?:\.\d{3})+|\d+)(?![\d,]|\.\d)\s?(€|EUR|Euro)(?![A-Za-z])/g;

const toNumber = (integer: string, decimals: string | undefined): number => {
  const whole = Number(integer.replace(/[. ']/g, ''));
  const cents = decimals !== undefined && /^\d{2}$/.test(decimals) ? Number(decimals) / 100 : 0;
  return Math.round((whole + cents) * 100) / 100;
};

/** Money amounts in German notation with sign: `1.234,56 €`, `EUR 1.234,56`, `-1.234,56`, `150,- €`, `1.234,56 S`. */
export function findAmounts(input: string): FoundAmount[] {
  // OCR reads the thousands dot as a colon now and then ("5:551,65", "3:563.:13").
  const { text } = repairDigitTokens(input.replace(/(\d)[.:]*:[.:]*(?=\d)/g, '$1.'));
  const found: FoundAmount[] = [];
  for (const m of text.matchAll(amountPattern)) {
    const after = text.slice(m.index + m[0].length).trimStart();
    if (after.startsWith('%')) continue;
    const leading = m[2]?.trim();
    const trailingMinus = m[5] !== undefined;
    const debit = m[7] === 'S' || m[7] === 'Soll';
    const credit = m[7] === 'H' || m[7] === 'Haben';
    const negative = leading === '-' || trailingMinus || debit;
    const magnitude = toNumber(m[3] ?? '0', m[4]);
    found.push({
      value: negative ? -magnitude : magnitude,
      index: m.index,
      length: m[0].length,
      raw: m[0].trim(),
      hasCurrency: m[1] !== undefined || m[6] !== undefined,
      explicitSign: negative ? '-' : leading === '+' || credit ? '+' : undefined,
    });
  }
  for (const m of text.matchAll(spacedAmountPattern)) {
    // Replaces the shorter reading ("976,50 €") the plain pattern took from the same text.
    const start = m.index;
    const end = m.index + m[0].length;
    for (let i = found.length - 1; i >= 0; i--) {
      const a = found[i];
      if (a && a.index >= start && a.index + a.length <= end) found.splice(i, 1);
    }
    const negative = m[1]?.trim() === '-';
    const magnitude = toNumber(m[2] ?? '0', m[3]);
    found.push({
      value: negative ? -magnitude : magnitude,
      index: start,
      length: m[0].length,
      raw: m[0].trim(),
      hasCurrency: true,
      explicitSign: negative ? '-' : undefined,
    });
  }
  for (const m of text.matchAll(ocrAmountPattern)) {
    if (found.some((a) => m.index < a.index + a.length && m.index + m[0].length > a.index)) continue;
    const negative = m[1]?.trim() === '-';
    const magnitude = toNumber(m[2] ?? '0', m[3]);
    found.push({
      value: negative ? -magnitude : magnitude,
      index: m.index,
      length: m[0].length,
      raw: m[0].trim(),
      hasCurrency: true,
      explicitSign: negative ? '-' : undefined,
    });
  }
  for (const m of text.matchAll(wholeEuroPattern)) {
    if (found.some((a) => m.index < a.index + a.length && m.index + m[0].length > a.index)) continue;
    const negative = m[2]?.trim() === '-';
    const magnitude = toNumber(m[3] ?? '0', undefined);
    found.push({
      value: negative ? -magnitude : magnitude,
      index: m.index,
      length: m[0].length,
      raw: m[0].trim(),
      hasCurrency: true,
      explicitSign: negative ? '-' : m[2]?.trim() === '+' ? '+' : undefined,
    });
  }
  return found.sort((a, b) => a.index - b.index);
}
