import type { FieldResult } from './analysis-types';
import type { BescheidHeading } from './bescheid-heading';
import { findDates, findYears } from './date-find';
import { bescheidTypes, type DocType } from './doc-types';
import { found, missing } from './field-result';
import { findLabels } from './label-value';
import { evidenceOf, type DocLine } from './text-lines';

const taxWord =
  /(einkommen|koerperschaft|umsatz|gewerbe|lohn|kirchen|grund|erbschaft|schenkung|kapitalertrag|abgeltung|solidaritaets|kraftfahrzeug)(steuer|st\.)|steuererklaerung|veranlagung|solidaritaetszuschlag|\b(est|kst|ust|gewst)\b(?!-)/;
const rangeAfter = /^\s*(bis|-|–|und)\s*(19|20)\d{2}/;

/** Years a line names as the period of a tax ("Einkommensteuer 2023", "für 2024", "USt 03/2024"). */
function periodYears(text: string): number[] {
  const years: number[] = [];
  for (const { year, index } of findYears(text)) {
    const after = text.slice(index + 4);
    if (rangeAfter.test(after)) return [];
    years.push(year);
  }
  for (const m of text.matchAll(
    /(?<![\d.])(?:0?[1-9]|1[0-2]|[IV]{1,3}|Q[1-4])\s?\/\s?((?:19|20)\d{2})(?!\d)/g,
  )) {
    years.push(Number(m[1]));
  }
  return years;
}

const unique = (values: number[]): number | undefined => {
  const set = new Set(values);
  const [only] = set;
  return set.size === 1 ? only : undefined;
};

/** The single year (Veranlagungszeitraum/Kalenderjahr) the document concerns; null for ranges or none. */
export function extractTaxYear(
  lines: readonly DocLine[],
  docType: DocType,
  heading: BescheidHeading | undefined,
): FieldResult<number> {
  const body = lines.filter((line) => line.zone === 'body');
  switch (docType) {
    case 'rechnung':
    case 'kontoauszug':
    case 'vollmacht':
    case 'vertrag':
      return missing();
    case 'spendenbescheinigung': {
      for (const hit of findLabels(
        body,
        /^(tag der zuwendung|datum der zuwendung|zeitraum der sammelbestaetigung|zeitraum)\b/,
        { below: 2 },
      )) {
        const texts = [...hit.after, ...(hit.after.length === 0 ? hit.below.map((line) => line.text) : [])];
        const years = texts.flatMap((text) => findDates(text).map((date) => date.year));
        const year = unique(years);
        if (year !== undefined) return found(year, 0.9, [evidenceOf(hit.line)]);
      }
      const listed = body.flatMap((line) =>
        /^\d{1,2}\.\d{1,2}\.\d{4}/.test(line.text) ? findDates(line.text).map((d) => d.year) : [],
      );
      const year = unique(listed);
      return year !== undefined ? found(year, 0.7, []) : missing();
    }
    case 'lohnsteuerbescheinigung': {
      for (const line of body.slice(0, 40)) {
        const m = /lohnsteuerbescheinigung\s+(fuer\s+(das\s+(kalender)?jahr\s+)?)?((?:19|20)\d{2})/.exec(
          line.folded,
        );
        if (m) return found(Number(m[4]), 0.95, [evidenceOf(line)]);
      }
      for (const line of body) {
        if (/dauer des dienstverhaeltnisses/.test(line.folded)) {
          const year = unique(findDates(line.text).map((date) => date.year));
          if (year !== undefined) return found(year, 0.8, [evidenceOf(line)]);
        }
      }
      return missing();
    }
    case 'pruefungsanordnung': {
      for (const hit of findLabels(
        body,
        /^(pruefungszeitraum|zeitraum|pruefungszeitraeume|besteuerungszeitraum|besteuerungszeitraeume)\b/,
        { below: 1 },
      )) {
        const text = hit.after.join(' ');
        const years = findYears(text);
        if (years.length === 1 && years[0]) return found(years[0].year, 0.85, [evidenceOf(hit.line)]);
        return missing('Die Prüfung umfasst mehrere Jahre.');
      }
      return missing();
    }
    default:
      break;
  }

  if (bescheidTypes.has(docType) && heading) {
    const years = findYears(heading.text);
    const [first] = years;
    if (first) return found(first.year, 0.95, [evidenceOf(heading.line)]);
  }
  if (bescheidTypes.has(docType)) {
    for (const hit of findLabels(
      body,
      /^(veranlagungszeitraum|kalenderjahr|erhebungszeitraum|jahr|steuerjahr)\b/,
    )) {
      const year = unique(hit.after.slice(0, 1).flatMap(periodYears));
      if (year !== undefined) return found(year, 0.8, [evidenceOf(hit.line)]);
    }
  }

  // Mahnungen, court decisions, other letters: the tax and period they concern.
  const candidates: { year: number; line: DocLine }[] = [];
  for (const line of body) {
    if (!taxWord.test(line.folded) && !/\bwegen\b/.test(line.folded)) continue;
    if (
      /erklaerung vom|bescheid (fuer \d{4} )?vom|steuererklaerung vom/.test(line.folded) &&
      !/wegen/.test(line.folded)
    )
      continue;
    const text = line.text;
    const m = /(wegen|betreff|betrifft|steuerart|zeitraum)\b/i.exec(text);
    const scope = m ? text.slice(m.index) : text;
    for (const year of periodYears(scope.replace(/\d{1,2}\.\d{1,2}\.\d{4}/g, ' ')))
      candidates.push({ year, line });
  }
  if (docType === 'gericht') {
    const wegen = candidates.filter(({ line }) => /\bwegen\b/.test(line.folded));
    const year = unique(wegen.map((c) => c.year));
    if (year !== undefined)
      return found(
        year,
        0.85,
        wegen.slice(0, 1).map(({ line }) => evidenceOf(line)),
      );
  }
  const year = unique(candidates.map((c) => c.year));
  if (year !== undefined)
    return found(
      year,
      0.75,
      candidates.slice(0, 1).map(({ line }) => evidenceOf(line)),
    );
  return missing();
}
