import type { Rng } from './random';

export const monthNamesDe = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

const parts = (iso: string): [number, number, number] => {
  const [y, m, d] = iso.split('-').map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
};

/** German date in one of the usual printed forms. */
export function formatDate(rng: Rng, iso: string, style?: 'numeric' | 'long' | 'short-year'): string {
  const [y, m, d] = parts(iso);
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  const chosen = style ?? (rng.chance(0.75) ? 'numeric' : rng.chance(0.8) ? 'long' : 'short-year');
  if (chosen === 'long') return `${d}. ${monthNamesDe[m - 1] ?? ''} ${y}`;
  if (chosen === 'short-year') return `${dd}.${mm}.${String(y).slice(2)}`;
  return `${dd}.${mm}.${y}`;
}

export const numericDate = (iso: string): string => {
  const [y, m, d] = parts(iso);
  return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;
};

/** 1234.5 → "1.234,50". */
export function germanNumber(value: number): string {
  const [whole = '0', cents = '00'] = Math.abs(value).toFixed(2).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${cents}`;
}

/** An amount with currency in one of the usual forms; `signed` prints a minus for negatives. */
export function formatAmount(rng: Rng, value: number, signed = false): string {
  const number = `${signed && value < 0 ? '-' : ''}${germanNumber(value)}`;
  const style = rng.int(0, 9);
  if (style < 6) return `${number} €`;
  if (style < 8) return `${number} EUR`;
  return `EUR ${number}`;
}

export function addDaysIso(iso: string, days: number): string {
  const [y, m, d] = parts(iso);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

export function randomDate(rng: Rng, fromYear: number, toYear: number): string {
  const y = rng.int(fromYear, toYear);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export const money = (rng: Rng, min: number, max: number): number =>
  Math.round(rng.int(min * 100, max * 100)) / 100;
