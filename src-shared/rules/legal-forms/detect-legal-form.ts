import { legalForms, type CataloguedLegalForm } from './catalogue';

export interface DetectedLegalForm {
  form: CataloguedLegalForm;
  /** The text as it appears in the name, e.g. `e. K.`. */
  matched: string;
  index: number;
}

const escape = (text: string): string => text.replace(/[\\^$*+?()[\]{}|]/g, '\\$&');

/**
 * Regex source for a marker that tolerates the usual spelling variants: optional dots and spaces
 * (`e.K.`, `e. K.`, `eK`), `&`/`+`/`und`, and ae/oe/ue for umlauts.
 */
function markerSource(marker: string): string {
  let source = '';
  for (const char of marker) {
    if (char === '.') source += '\\.?\\s*';
    else if (char === ' ') source += '\\s*';
    else if (char === '&') source += '(?:&|\\+|und)';
    else if (char === 'ä') source += '(?:ä|ae)';
    else if (char === 'ö') source += '(?:ö|oe)';
    else if (char === 'ü') source += '(?:ü|ue)';
    else source += escape(char);
  }
  return source.replace(/(?:\\s\*)+/g, '\\s*');
}

// A marker stands on its own: no letter or digit right before or after it.
const markerPrefix = '(?<![\\p{L}\\p{N}])';
const markerSuffix = '(?![\\p{L}\\p{N}])';

interface Matcher {
  form: CataloguedLegalForm;
  regex: RegExp;
  /** The marker's pattern without the surrounding look-arounds. */
  marker: string;
  caseSensitive: boolean;
}

const matchers: Matcher[] = legalForms.flatMap((form) =>
  [...(form.abbreviation ? [form.abbreviation] : []), ...form.nameMarkers].map((marker) => {
    // Very short all-letter markers (AG, SE, KG, eG, UG, OHG) are matched case-sensitively, so that
    // ordinary words and units in a name are not mistaken for a legal form.
    const caseSensitive = marker.replace(/[^A-Za-zäöü]/g, '').length <= 3;
    const source = markerSource(marker);
    return {
      form,
      regex: new RegExp(`${markerPrefix}${source}${markerSuffix}`, caseSensitive ? 'gu' : 'giu'),
      marker: source,
      caseSensitive,
    };
  }),
);

/** Markers in one pattern per case mode: it matches exactly when one of the single markers would. */
const combined = (caseSensitive: boolean): RegExp =>
  new RegExp(
    `${markerPrefix}(?:${matchers
      .filter((matcher) => matcher.caseSensitive === caseSensitive)
      .map(({ marker }) => marker)
      .join('|')})${markerSuffix}`,
    caseSensitive ? 'u' : 'iu',
  );
const anySensitiveMarker = combined(true);
const anyInsensitiveMarker = combined(false);

/**
 * Whether a name carries a legal form (`detectLegalForm(name) !== undefined`), with two scans instead of
 * one per marker: most names are persons or have no legal form, and which form it is costs far more.
 */
export function hasLegalForm(name: string): boolean {
  const text = name.trim();
  return anySensitiveMarker.test(text) || anyInsensitiveMarker.test(text);
}

/**
 * Finds the legal form in a company name. A suffix at the end wins over a marker elsewhere, and the
 * longest match wins among those (`GmbH & Co. KG` before `KG`, `PartG mbB` before `PartG`).
 */
export function detectLegalForm(name: string): DetectedLegalForm | undefined {
  if (!hasLegalForm(name)) return undefined;
  const text = name.trim();
  const end = text.replace(/[\s,;]+$/, '').length;
  let best: (DetectedLegalForm & { atEnd: boolean }) | undefined;
  for (const { form, regex } of matchers) {
    // exec on the shared global regex instead of matchAll, which copies the regex for every call; the
    // markers never match empty text, so each search goes on after the previous match.
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      const matched = match[0].trimEnd();
      const index = match.index;
      const atEnd = index + matched.length >= end;
      const better =
        best === undefined ||
        (atEnd && !best.atEnd) ||
        (atEnd === best.atEnd && matched.length > best.matched.length);
      if (better) best = { form, matched, index, atEnd };
    }
  }
  if (best === undefined) return undefined;
  return { form: best.form, matched: best.matched, index: best.index };
}
