import { distance } from 'fastest-levenshtein';
import type { Finanzamt } from '../finanzamt';
import type { LandCode } from '../land';
import { foldText } from './normalize';

export interface FinanzamtMention {
  /** Offices the printed name fits; several when the name is shared (e.g. Hamburg-Nord). */
  offices: Finanzamt[];
  /** "Finanzamt " + the name in the directory's spelling, shortened to what the document prints. */
  name: string;
  land: LandCode | undefined;
  /** Offset of "Finanzamt" in the searched text. */
  index: number;
  /** Offset after the office name. */
  end: number;
  exact: boolean;
}

interface Key {
  compact: string;
  display: string;
  office: Finanzamt;
  full: boolean;
}

export interface FinanzamtNameMatcher {
  /** All Finanzamt mentions in a text, in order. */
  find(text: string): FinanzamtMention[];
  /** Looks up a bare office name such as "Köln-Mitte" or "Finanzamt Köln-Mitte". */
  lookup(name: string): FinanzamtMention | undefined;
}

const compactOf = (text: string): string => foldText(text).replace(/[^a-z0-9]/g, '');

// Suffixes GemFA appends to the short name that letters usually leave out.
const suffixCut = /\s+(?:-\s*)?(?:m\.|mit\b|Außenst|ASt\b|für\b|Verwaltungsstelle|Bewertung|Abt\b|Abteilung)/;

const isFinanzamtWord = (word: string): boolean => {
  const lower = word.toLowerCase();
  if (lower === 'finanzamt' || lower === 'finanzamts' || lower === 'finanzamtes') return true;
  // OCR: "Flnanzamt", "Finanzarnt".
  return lower.length >= 8 && lower.length <= 12 && distance(lower.slice(0, 9), 'finanzamt') <= 1;
};

export function createFinanzamtNameMatcher(offices: readonly Finanzamt[]): FinanzamtNameMatcher {
  const keys: Key[] = [];
  for (const office of offices) {
    const name = office.name.replace(/^Finanzamt\s+/i, '');
    keys.push({ compact: compactOf(name), display: name, office, full: true });
    const cut = suffixCut.exec(name);
    if (cut && cut.index > 0) {
      const base = name.slice(0, cut.index).trim();
      keys.push({ compact: compactOf(base), display: base, office, full: false });
    }
  }
  keys.sort((a, b) => b.compact.length - a.compact.length);

  /** Best key for text that starts right after "Finanzamt". */
  const matchAfter = (rest: string): { keys: Key[]; consumed: number; exact: boolean } | undefined => {
    const window = rest.slice(0, 80);
    // Map compact positions back to the original text, so we know where the name ends.
    const positions: number[] = [];
    let compact = '';
    const folded = window;
    for (let i = 0; i < folded.length; i++) {
      const piece = compactOf(folded[i] ?? '');
      for (const char of piece) {
        compact += char;
        positions.push(i + 1);
      }
    }
    const boundaryOk = (length: number): boolean => {
      const endPos = positions[length - 1];
      if (endPos === undefined) return false;
      const next = window[endPos] ?? '';
      return next === '' || !/[\p{L}\d]/u.test(next);
    };
    const exact = keys.filter((key) => compact.startsWith(key.compact) && boundaryOk(key.compact.length));
    if (exact.length > 0) {
      const longest = exact[0]?.compact.length ?? 0;
      const best = exact.filter((key) => key.compact.length === longest);
      const fulls = best.filter((key) => key.full);
      return {
        keys: fulls.length > 0 ? fulls : best,
        consumed: positions[longest - 1] ?? 0,
        exact: true,
      };
    }
    // OCR tolerance: one edit per seven characters, and only for names of some length.
    let fuzzy: { keys: Key[]; consumed: number; dist: number } | undefined;
    for (const key of keys) {
      if (key.compact.length < 5) continue;
      const allowed = Math.max(1, Math.floor(key.compact.length / 7));
      for (const delta of [0, -1, 1]) {
        const length = key.compact.length + delta;
        if (length <= 0 || length > compact.length || !boundaryOk(length)) continue;
        const dist = distance(compact.slice(0, length), key.compact);
        if (dist > allowed || dist === 0) continue;
        if (fuzzy === undefined || dist < fuzzy.dist) {
          fuzzy = { keys: [key], consumed: positions[length - 1] ?? 0, dist };
        } else if (dist === fuzzy.dist && !fuzzy.keys.includes(key)) fuzzy.keys.push(key);
      }
    }
    return fuzzy ? { keys: fuzzy.keys, consumed: fuzzy.consumed, exact: false } : undefined;
  };

  const mention = (
    found: { keys: Key[]; consumed: number; exact: boolean },
    index: number,
    start: number,
  ): FinanzamtMention => {
    const officesFound = [...new Set(found.keys.map((key) => key.office))];
    const lands = new Set(officesFound.map((office) => office.land));
    const [land] = lands;
    const display = found.keys[0]?.display ?? '';
    return {
      offices: officesFound,
      name: /^finanzamt/i.test(display) || /^technisches/i.test(display) ? display : `Finanzamt ${display}`,
      land: lands.size === 1 ? land : undefined,
      index,
      end: start + found.consumed,
      exact: found.exact,
    };
  };

  return {
    find(text) {
      const mentions: FinanzamtMention[] = [];
      for (const m of text.matchAll(/[\p{L}\d]+/gu)) {
        if (!isFinanzamtWord(m[0])) continue;
        const start = m.index + m[0].length;
        const rest = text.slice(start).replace(/^[\s:,]+/, '');
        const skipped = text.slice(start).length - rest.length;
        const found = matchAfter(rest);
        // "Finanzamt Siegen (5342)": a printed BUFA settles which office is meant, OCR slips in the name aside.
        const bufa = /^[^()\n]{2,60}?\((\d{4})\)/.exec(rest)?.[1];
        const byBufa = bufa !== undefined ? offices.find((office) => office.bufa === bufa) : undefined;
        if (byBufa && (!found || !found.keys.some((key) => key.office === byBufa))) {
          const display = keys.find((key) => key.office === byBufa && !key.full)?.display ?? byBufa.name;
          mentions.push(
            mention(
              { keys: [{ compact: '', display, office: byBufa, full: true }], consumed: 0, exact: true },
              m.index,
              start + skipped,
            ),
          );
        } else if (found) mentions.push(mention(found, m.index, start + skipped));
      }
      return mentions;
    },
    lookup(name) {
      const rest = name.replace(/^\s*(finanzamt|fa)\s+/i, '');
      const found = matchAfter(rest);
      return found ? mention(found, 0, name.length - rest.length) : undefined;
    },
  };
}
