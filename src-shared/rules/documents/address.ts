import { repairDigitTokens } from './normalize';

export interface PostalAddress {
  street?: string;
  postalCode?: string;
  city?: string;
}

// A trailing dot is kept after abbreviations ("Annaberg-B.", "Pfaffenhofen a. d. Ilm"), dropped after words.
const plzCity =
  /^(?:D\s?-\s?)?(\d{5})[)\].,;:]?\s+(\p{Lu}[\p{L}\d .'()/-]*?(?:(?<=[\s.-]\p{L})\.)?)[\s,.]*$/u;

/**
 * The repair maps single characters to digits in place, so a text whose first five characters (after an
 * optional "D-") are not all digits or letters the repair reads as digits cannot become "12345 Ort".
 */
const couldStartPostalCode = /^(?:D\s?-\s?)?[0-9OoQDUlIi|!\]ZzSs$BGbgqTA]{5}/;

function hasTwoDigits(text: string): boolean {
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57 && ++seen === 2) return true;
  }
  return false;
}

/** "79107 Freiburg im Breisgau" → postal code and city; OCR letter-for-digit slips in the code are repaired. */
export function parsePostalCodeCity(text: string): { postalCode: string; city: string } | undefined {
  // The repair changes only tokens with at least two digits: with fewer in the whole text, no five-digit
  // code can come out of it (most cells of a page end here).
  if (!hasTwoDigits(text)) return undefined;
  const value = text.trim().replace(/^[^\p{L}\p{N}]+/u, '');
  // Most lines end here, before the (comparatively slow) digit repair.
  if (!couldStartPostalCode.test(value)) return undefined;
  const repaired = repairDigitTokens(value).text;
  const m = plzCity.exec(repaired);
  if (!m) return undefined;
  const city = (m[2] ?? '').trim();
  if (city.length < 2 || /\d{3,}/.test(city) || /postfach/i.test(city)) return undefined;
  return { postalCode: m[1] ?? '', city };
}

const streetWords =
  /(stra(ss|ß)e|str\.|weg\b|platz\b|allee\b|ring\b|gasse\b|damm\b|ufer\b|chaussee\b|markt\b|hof\b|steig\b|pfad\b|stieg\b|promenade\b|kai\b|zeile\b|tor\b|graben\b|berg\b|feld\b|garten\b|anger\b|wall\b|park\b|hang\b|höhe\b|hoehe\b|winkel\b|siedlung\b|grund\b|aue\b|brücke\b|bruecke\b|deich\b|weide\b|wiese\b|busch\b|heide\b|au\b)/i;

/** A street line: name and house number ("Lindenstraße 49c", "Am Hang 64", "Große Bleiche 1"), or a Postfach. */
export function isStreetLine(text: string): boolean {
  const value = text
    .trim()
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/[.;:,|'"]+$/, '');
  if (/^postfach\s+[\d ]+$/i.test(value)) return true;
  if (!/\p{L}{2}/u.test(value) || value.length > 60) return false;
  const numbered = /^[\p{L}][\p{L}\d .'/-]*?\s\d{1,4}\s?[a-zA-Z]?(\s?[-/]\s?\d{1,4}\s?[a-zA-Z]?)?$/u.test(
    value,
  );
  if (numbered) return true;
  return streetWords.test(value) && /\d/.test(value) && !/\d{5}/.test(value);
}

/** "Herderstraße 87, 51378 Leverkusen" or "Name, Straße 1, 12345 Ort" split at commas. */
export function splitCommaAddress(text: string): { name?: string; address: PostalAddress } | undefined {
  const parts = text
    .split(/\s*[,;]\s*/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const plzIndex = parts.findIndex((part) => parsePostalCodeCity(part) !== undefined);
  const plzPart = plzIndex >= 0 ? parts[plzIndex] : undefined;
  const place = plzPart !== undefined ? parsePostalCodeCity(plzPart) : undefined;
  const streetIndex = parts.findIndex((part, index) => index !== plzIndex && isStreetLine(part));
  if (place === undefined && streetIndex < 0) return undefined;
  const firstAddressIndex = Math.min(...[plzIndex, streetIndex].filter((i) => i >= 0));
  const name = parts.slice(0, firstAddressIndex).join(', ');
  return {
    name: name === '' ? undefined : name,
    address: {
      street: streetIndex >= 0 ? parts[streetIndex] : undefined,
      postalCode: place?.postalCode,
      city: place?.city,
    },
  };
}
