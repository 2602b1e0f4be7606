import { distance } from 'fastest-levenshtein';
import { foldText } from './normalize';

// Legal-form and filler tokens say nothing about who a party is.
const stopTokens = new Set([
  'gmbh',
  'mbh',
  'co',
  'kg',
  'ag',
  'ek',
  'e',
  'k',
  'v',
  'ev',
  'eg',
  'ohg',
  'gbr',
  'partg',
  'mbb',
  'ug',
  'haftungsbeschraenkt',
  'se',
  'kgaa',
  'und',
  'der',
  'die',
  'das',
  'von',
  'vom',
  'zu',
  'zum',
  'zur',
  'am',
  'an',
  'dr',
  'prof',
  'dipl',
  'ing',
  'kfm',
  'med',
  'herr',
  'herrn',
  'frau',
  'firma',
  'fa',
  'inh',
  'inhaber',
]);

// Trade words shared by many firms weigh less than the distinctive part of a name.
const genericTokens = new Set([
  'baeckerei',
  'praxis',
  'zahnarztpraxis',
  'arztpraxis',
  'verein',
  'heimatverein',
  'foerderverein',
  'kulturverein',
  'tennisclub',
  'sportverein',
  'architekturbuero',
  'architekten',
  'buero',
  'logistik',
  'consulting',
  'software',
  'autohaus',
  'optik',
  'malerbetrieb',
  'elektro',
  'bau',
  'gasthaus',
  'energiegenossenschaft',
  'rechtsanwaelte',
  'steuerberatung',
  'handel',
  'service',
  'technik',
  'immobilien',
  'verwaltung',
  'holding',
  'gruppe',
  'praxisgemeinschaft',
  'reinigungsdienst',
  'druckhaus',
  'eintracht',
  'germania',
  'concordia',
  'hotel',
  'restaurant',
  'apotheke',
  'metzgerei',
  'schreinerei',
  'tischlerei',
  'friseur',
  'kanzlei',
  'partner',
]);

export function nameTokens(name: string): string[] {
  // '?' stays: it is what a Windows-1252 export makes of letters it cannot encode ("Ay?e" for "Ayşe").
  return foldText(name)
    .replace(/[^a-z0-9?]+/g, ' ')
    .split(' ')
    .filter((token) => token.length >= 2 && !stopTokens.has(token));
}

const wildcard = (token: string): RegExp =>
  new RegExp(`^${token.replace(/[.*+^${}()|[\]\\]/g, '\\$&').replace(/\?/g, '.{1,2}')}$`);

/** Edit distance that counts a swap of neighbouring letters as one edit ("Schmitd" / "Schmidt"). */
export function typoDistance(a: string, b: string): number {
  const plain = distance(a, b);
  if (plain <= 1 || Math.abs(a.length - b.length) > 1) return plain;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...Array<number>(b.length).fill(0),
  ]);
  for (let j = 0; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row[j] = value;
    }
  }
  return rows[a.length]?.[b.length] ?? plain;
}

const tokenSimilarity = (a: string, b: string): number => {
  if (a === b) return 1;
  if (a.includes('?') && wildcard(a).test(b)) return 0.95;
  if (b.includes('?') && wildcard(b).test(a)) return 0.95;
  const max = Math.max(a.length, b.length);
  // Short tokens must match exactly; longer ones may carry an OCR or typing slip.
  if (max <= 3) return 0;
  return 1 - typoDistance(a, b) / max;
};

const weight = (token: string): number => (genericTokens.has(token) ? 0.3 : 1);

/**
 * Order-independent, typo-tolerant similarity of two names (0..1): "Schmidt Bäckerei GmbH" and
 * "Bäckerei Schmidt GmbH" score 1, "Müller"/"Mueller" fold to the same token.
 */
export function nameSimilarity(a: string, b: string): number {
  const left = nameTokens(a);
  const right = nameTokens(b);
  if (left.length === 0 || right.length === 0) return 0;
  const side = (from: string[], to: string[]): { matched: number; total: number } => {
    let matched = 0;
    let total = 0;
    for (const token of from) {
      const best = Math.max(...to.map((other) => tokenSimilarity(token, other)));
      const w = weight(token);
      total += w;
      if (best >= 0.8) matched += w * best;
    }
    return { matched, total };
  };
  const l = side(left, right);
  const r = side(right, left);
  return (l.matched + r.matched) / (l.total + r.total);
}

/** Street names compared without "straße"/"str." variants; the house number must agree. */
export function streetSimilarity(a: string | undefined, b: string | undefined): number | undefined {
  if (!a || !b) return undefined;
  const norm = (street: string): { name: string; number: string } => {
    const folded = foldText(street)
      .replace(/str\.|strasse/g, 'str')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    const m = /^(.*?)\s*(\d+\s?[a-z]?)\s*$/.exec(folded);
    return { name: (m?.[1] ?? folded).replace(/\s+/g, ''), number: (m?.[2] ?? '').replace(/\s/g, '') };
  };
  const x = norm(a);
  const y = norm(b);
  const nameSim = tokenSimilarity(x.name, y.name);
  if (x.number !== '' && y.number !== '' && x.number !== y.number) return nameSim * 0.3;
  return nameSim;
}

export function citySimilarity(a: string | undefined, b: string | undefined): number | undefined {
  if (!a || !b) return undefined;
  const x = foldText(a).replace(/[^a-z]/g, '');
  const y = foldText(b).replace(/[^a-z]/g, '');
  if (x.startsWith(y) || y.startsWith(x)) return 1;
  return tokenSimilarity(x, y);
}
