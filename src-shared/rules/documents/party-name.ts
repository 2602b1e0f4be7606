import { hasLegalForm } from '../legal-forms';
import type { PartyKind } from './analysis-types';
import { collapseSpaces, foldText } from './normalize';

export interface ParsedPartyName {
  kind: PartyKind;
  /** Persons: "Vorname Nachname" without Anrede and titles; companies: the Firma as printed. */
  name: string;
  firstName?: string;
  lastName?: string;
  anrede?: 'herr' | 'frau' | 'firma' | 'eheleute';
}

const anredePattern =
  /^(?:an\s+)?(herrn|herr|hr\.|frau|fr\.|firma|fa\.|eheleute|familie|herrn und frau|frau und herrn|herr und frau)\b\.?\s*/i;
const titleToken =
  /^(?:Prof\.?|Professor(?:in)?|Dr\.?|Dres\.|med\.|rer\.|nat\.|pol\.|jur\.|oec\.|phil\.|h\.\s?c\.|mult\.|Dipl\.-?[\p{L}.-]*|Dipl\.|Ing\.|Kfm\.|Kffr\.|StB|RA|WP|M\.\s?Sc\.|B\.\s?Sc\.|M\.\s?A\.|B\.\s?A\.|LL\.\s?M\.|MBA)$/u;

/** Token endings that make a name a business or organisation even without a legal-form suffix. */
const businessEnding =
  /(praxis|kanzlei|buero|verein|stiftung|gesellschaft|genossenschaft|betrieb|handel|service|logistik|consulting|baeckerei|metzgerei|apotheke|autohaus|gasthaus|hotel|restaurant|werkstatt|studio|agentur|verlag|druckerei|technik|software|immobilien|verwaltung|holding|gruppe|zentrum|klinik|institut|gemeinde|sparkasse|bank|versicherung|werke|optik|architekten|architekturbuero|steuerberatung|rechtsanwaelte|partner|partnerschaft|elektro|dienst|markt|moebel|reisen|systeme|solutions|media|design|transporte|spedition)$/;
const businessToken = /^(bau|druck|elektro|stadt|landkreis|kreis|kg|ag|ug|se|ohg|gbr|ev|eg)$/;

const abbreviations = /^(dr|prof|dipl|ing|kfm|kffr|inh|co|str|nr|jun|sen|st|gebr|mbh|ggmbh|hr|fr)$/i;

/** OCR often adds dots after words ("Michael. Schmitt."); abbreviations keep theirs, commas stay (inversion). */
export function cleanOcrPunctuation(name: string): string {
  return name
    .split(/\s+/)
    .map((token) => {
      const m = /^(\p{L}[\p{L}'-]{2,})[.;:]+$/u.exec(token);
      return m && !abbreviations.test(m[1] ?? '') ? (m[1] ?? token) : token;
    })
    .join(' ')
    .trim();
}

const particle =
  /^(von|van|de|der|den|die|das|dem|und|zu|zum|zur|am|im|an|auf|für|fuer|bei|mbh|ggmbh|e\.?\s?k\.?|e\.?\s?v\.?|eg|mbb|co\.?|&|\+|u\.|i\.?\s?l\.?|a\.\s?d\.)$/i;

/** Leading and trailing OCR debris of a name or street line: quotes, bars, dashes, doubled dots. */
export function stripOcrJunk(text: string): string {
  return text
    .replace(/^[^\p{L}\p{N}(]+/u, '')
    .replace(/[\s;:,|'"_*~`´‘’“”„]+$/u, '')
    .replace(/\.{2,}$/, '.')
    .replace(/\b(e\.\s?[KV])$/, '$1.')
    .trim();
}

/** Could this line be (part of) a party's name? Sentences and long texts cannot. */
export function isNameLike(text: string): boolean {
  const clean = cleanOcrPunctuation(stripOcrJunk(text.trim()));
  if (clean.length < 2 || clean.length > 70) return false;
  const words = clean.split(/\s+/);
  if (words.length > 8) return false;
  if (/[.!?:]$/.test(clean) && !/(e\.\s?[kv]|co|mbh|inh|jun|sen|gbr|kg|ag|ohg|eg|mbb)\.?$/i.test(clean))
    return false;
  const lower = words.filter((word) => /^\p{Ll}/u.test(word) && !particle.test(word));
  return lower.length === 0;
}

export function stripAnrede(line: string): { rest: string; anrede?: ParsedPartyName['anrede'] } {
  const m = anredePattern.exec(line.trim());
  if (!m) return { rest: line.trim() };
  const word = (m[1] ?? '').toLowerCase();
  const anrede =
    word.startsWith('fr') && !word.includes('herr')
      ? 'frau'
      : word.startsWith('f')
        ? 'firma'
        : word.startsWith('e') || word.includes(' und ')
          ? 'eheleute'
          : word.startsWith('fam')
            ? 'eheleute'
            : 'herr';
  return { rest: line.trim().slice(m[0].length).trim(), anrede };
}

/** Tax advisers, lawyers and the like: they receive letters on behalf of their clients. */
export function isAdviserName(name: string): boolean {
  return /steuerberat|rechtsanw|kanzlei|wirtschaftspruef|buchfuehrungsbuero|lohnsteuerhilfe/.test(
    foldText(name),
  );
}

export function isCompanyName(name: string): boolean {
  if (hasLegalForm(name)) return true;
  if (/&|\+/.test(name) && name.split(/\s+/).length >= 3) return true;
  const tokens = foldText(name)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return tokens.some((token) => businessEnding.test(token) || businessToken.test(token));
}

/** Removes academic and professional titles from a person's name ("Dr. Elif Schubert" → "Elif Schubert"). */
export function stripTitles(name: string): string {
  const tokens = collapseSpaces(name).split(' ');
  return tokens.filter((token) => !titleToken.test(token)).join(' ');
}

/**
 * Reads a printed party name: Anrede and titles are removed from persons, "Nachname, Vorname" is turned
 * round, and companies keep their Firma as printed.
 */
export function parsePartyName(raw: string, hint?: ParsedPartyName['anrede']): ParsedPartyName | undefined {
  const { rest, anrede: found } = stripAnrede(cleanOcrPunctuation(stripOcrJunk(collapseSpaces(raw))));
  const anrede = found ?? hint;
  const cleaned = rest.replace(/[,;:]+$/, '').trim();
  if (cleaned === '' || !/\p{L}{2}/u.test(cleaned)) return undefined;
  if (anrede === 'firma' || (anrede !== 'herr' && anrede !== 'frau' && isCompanyName(cleaned))) {
    return { kind: 'company', name: cleaned, anrede };
  }
  let person = stripTitles(cleaned);
  // "Max und Erika Mustermann", "Max Mustermann und Erika Musterfrau": the first person named.
  const couple =
    /^([\p{L}'-]+)\s+und\s+(?:frau\s+|herrn?\s+)?(?:[\p{L}'-]+)\s+([\p{L}'-]+(?:\s+[\p{L}'-]+)*)$/iu.exec(
      person,
    );
  const twoNames = /^([\p{L}'-]+\s+[\p{L}'-]+)\s+und\s+/iu.exec(person);
  if (couple) person = `${couple[1] ?? ''} ${couple[2] ?? ''}`;
  else if (twoNames) person = twoNames[1] ?? person;
  const comma = /^([\p{L}'-]+(?:\s+[\p{L}'-]+)?),\s*([\p{L}'-]+(?:\s+[\p{L}'-]+)*)$/u.exec(person);
  if (comma) person = `${comma[2] ?? ''} ${comma[1] ?? ''}`.trim();
  const tokens = person.split(' ').filter((token) => token !== '');
  if (tokens.length === 0) return undefined;
  const lastName = tokens.length > 1 ? (tokens.at(-1) ?? '') : (tokens[0] ?? '');
  const firstName = tokens.length > 1 ? tokens.slice(0, -1).join(' ') : undefined;
  return { kind: 'person', name: tokens.join(' '), firstName, lastName, anrede };
}
