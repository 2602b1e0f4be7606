/** A decimal number as sign and digit strings, so no binary floating point is involved in rounding. */
interface Decimal {
  negative: boolean;
  integer: string;
  fraction: string;
}

export type AmountInput = number | bigint | string;

/** Expands `1.5e-7` / `1e+21` (what String(number) gives for very small or large numbers). */
function expandExponent(text: string): string | undefined {
  const match = /^([+-]?)(\d+)(?:\.(\d*))?e([+-]?\d+)$/i.exec(text);
  if (match === null) return text;
  const [, sign = '', int = '', frac = '', exp = '0'] = match;
  const shift = Number(exp);
  const digits = int + frac;
  const point = int.length + shift;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * Reads `1234.56`, `1.234,56`, `1234,56 €`, `-12`, numbers and bigints. With a comma the dots are
 * thousands separators; without one, a single dot is the decimal point and several dots separate
 * thousands. Returns undefined for anything else.
 */
export function parseDecimal(value: AmountInput): Decimal | undefined {
  let text: string | undefined;
  if (typeof value === 'bigint') text = value.toString();
  else if (typeof value === 'number')
    text = Number.isFinite(value) ? expandExponent(String(value)) : undefined;
  else {
    text = value
      .trim()
      .replace(/(?:€|EUR)$/i, '')
      .replace(/[\s\u00a0\u202f']/g, '');
    if (text.includes(',')) text = text.replace(/\./g, '').replace(',', '.');
    else if ((text.match(/\./g) ?? []).length > 1) text = text.replace(/\./g, '');
  }
  if (text === undefined) return undefined;
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (match === null) return undefined;
  const [, sign = '', integer = '', fraction = ''] = match;
  if (integer === '' && fraction === '') return undefined;
  return { negative: sign === '-', integer: integer.replace(/^0+(?=\d)/, '') || '0', fraction };
}

/** Adds one to a digit string (`199` → `200`). */
function increment(digits: string): string {
  const chars = [...digits];
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] !== '9') {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join('');
    }
    chars[i] = '0';
  }
  return `1${chars.join('')}`;
}

/** Rounds half away from zero (kaufmännisch) to `places` fraction digits. */
function round(decimal: Decimal, places: number): Decimal {
  const fraction = decimal.fraction.padEnd(places + 1, '0');
  let kept = decimal.integer + fraction.slice(0, places);
  if (Number(fraction[places]) >= 5) kept = increment(kept);
  const integer = kept.slice(0, kept.length - places) || '0';
  const rounded = { negative: decimal.negative, integer, fraction: kept.slice(kept.length - places) };
  // -0,00 € reads oddly; a rounded zero has no sign.
  if (/^0*$/.test(rounded.integer + rounded.fraction)) rounded.negative = false;
  return rounded;
}

const groupThousands = (integer: string): string => integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

function formatDecimal(decimal: Decimal, places: number): string {
  const rounded = round(decimal, places);
  const sign = rounded.negative ? '-' : '';
  const fraction = places > 0 ? `,${rounded.fraction}` : '';
  return `${sign}${groupThousands(rounded.integer)}${fraction}`;
}

/** `1.234,56 €`; empty for empty input; unreadable text is returned unchanged. */
export function formatEuro(value: AmountInput | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const decimal = parseDecimal(value);
  if (decimal === undefined) return String(value);
  return `${formatDecimal(decimal, 2)} €`;
}

/** Integer cents (as stored) to `1.234,56 €`, exact for any size. */
export function formatCents(cents: number | bigint | null | undefined): string {
  if (cents === null || cents === undefined) return '';
  const decimal = parseDecimal(cents);
  if (decimal === undefined) return '';
  const digits = (decimal.integer + decimal.fraction).padStart(decimal.fraction.length + 3, '0');
  const point = digits.length - decimal.fraction.length - 2;
  return formatEuro(`${decimal.negative ? '-' : ''}${digits.slice(0, point)}.${digits.slice(point)}`);
}

/** German number with thousands separators, `1.234,5`; `places` fixes the fraction digits. */
export function formatNumber(value: AmountInput | null | undefined, places?: number): string {
  if (value === null || value === undefined || value === '') return '';
  const decimal = parseDecimal(value);
  if (decimal === undefined) return String(value);
  if (places !== undefined) return formatDecimal(decimal, places);
  const fraction = decimal.fraction.replace(/0+$/, '');
  return formatDecimal({ ...decimal, fraction }, fraction.length);
}
