import type { FieldResult } from './analysis-types';
import type { DocType } from './doc-types';
import { findDates, type FoundDate } from './date-find';
import { found, missing } from './field-result';
import { findLabels } from './label-value';
import { evidenceOf, inTopPart, type DocLine } from './text-lines';

const excludedBefore =
  /(geburtsdatum|geboren|geb\.|leistungsdatum|lieferdatum|leistungszeitraum|eingegangen|eingang|posteingang|erhalten|seit|vom|ab|bis|bis zum|zum|faellig|faelligkeit|zahlbar|zuwendung|beginn|verhandlung|erklaerung|zeitraum|stand|gueltig|wertstellung|buchung|valuta|am|spaetestens)\s*[:.]?\s*$/;
const stampLine = /eingegangen|eingang|posteingang|^\s*erhalten\b/;

function firstDate(texts: readonly string[], allowLoose: boolean): FoundDate | undefined {
  for (const text of texts) {
    const date = findDates(text).find((d) => allowLoose || d.quality === 'exact');
    if (date) return date;
  }
  return undefined;
}

type Pick = { date: FoundDate; line: DocLine; confidence: number } | undefined;

/** Value of a date label: in the same cell, the next cells, or the line(s) below. */
function labeledDate(
  lines: readonly DocLine[],
  label: RegExp,
  fuzzyWord?: string,
  where?: (l: DocLine) => boolean,
): Pick {
  for (const hit of findLabels(lines, label, { fuzzyWord, below: 3, where })) {
    const inLine = firstDate(hit.after.slice(0, 2), true);
    if (inLine) return { date: inLine, line: hit.line, confidence: inLine.quality === 'exact' ? 0.95 : 0.7 };
    const aligned = hit.belowAligned ? firstDate([hit.belowAligned.text], true) : undefined;
    if (aligned && hit.belowAligned) return { date: aligned, line: hit.belowAligned.line, confidence: 0.9 };
    if (hit.after.length === 0) {
      for (const next of hit.below) {
        const below = firstDate([next.text], false);
        if (below) return { date: below, line: next, confidence: 0.8 };
      }
    }
  }
  return undefined;
}

const placeDate =
  /^[\p{Lu}][\p{L} .()/-]{1,60},\s*(den\s+|am\s+)?(\d{1,2}\.\s?(\d{1,2}\.|\p{L}+\.?)\s?\d{2,4})\s*$/u;

/** "Leipzig, 05.02.2025" / "Frankfurt am Main, den 22.10.2026": place and date of signature. */
function placeDates(lines: readonly DocLine[]): { date: FoundDate; line: DocLine }[] {
  const out: { date: FoundDate; line: DocLine }[] = [];
  for (const line of lines) {
    if (line.zone === 'footer') continue;
    for (const cell of line.cells) {
      if (!placeDate.test(cell.text.trim())) continue;
      const date = findDates(cell.text).at(-1);
      if (date) out.push({ date, line });
    }
  }
  return out;
}

/** First plausible date at the top of page 1 that is not a birth, service, receipt-stamp or reference date. */
function headerDate(lines: readonly DocLine[]): Pick {
  const firstPage = lines[0]?.page;
  for (const line of lines) {
    if (line.page !== firstPage || !inTopPart(line, 0.4, 30) || line.zone !== 'body') continue;
    if (stampLine.test(line.folded)) continue;
    for (const date of findDates(line.text)) {
      if (date.quality !== 'exact') continue;
      const before = line.text
        .slice(0, date.index)
        .toLowerCase()
        .replace(/ä/g, 'ae')
        .replace(/ü/g, 'ue')
        .replace(/ö/g, 'oe');
      if (excludedBefore.test(before)) continue;
      return { date, line, confidence: 0.6 };
    }
  }
  return undefined;
}

const dateLabel =
  /^(datum|bescheiddatum|ausstellungsdatum|ausgestellt am|druckdatum|erstellungsdatum|erstellt am|briefdatum|abruf vom|abrufdatum|ausdruck vom|date)\b/;

/** Date of the document per type: Bescheid/letter date, invoice date, statement date, signature date, judgment date. */
export function extractDocumentDate(lines: readonly DocLine[], docType: DocType): FieldResult<string> {
  const body = lines.filter((line) => line.zone !== 'footer' && !stampLine.test(line.folded));
  const firstPage = lines[0]?.page;
  const header = (line: DocLine): boolean => line.page === firstPage && inTopPart(line, 0.5, 40);
  const result = (pick: Pick, note?: string): FieldResult<string> =>
    pick ? found(pick.date.iso, pick.confidence, [evidenceOf(pick.line)], note) : missing();

  const signed = (): Pick => {
    const last = placeDates(body).at(-1);
    return last ? { ...last, confidence: 0.9 } : undefined;
  };

  switch (docType) {
    case 'vollmacht':
    case 'vertrag':
    case 'spendenbescheinigung':
      return result(signed() ?? labeledDate(body, dateLabel, 'datum') ?? headerDate(body));
    case 'gericht':
      return result(
        labeledDate(
          body,
          /^(verkuendet am|verkundet am|urteil vom|beschluss vom|gerichtsbescheid vom|entschieden am)\b/,
        ) ??
          signed() ??
          labeledDate(body, dateLabel, 'datum', header) ??
          headerDate(body),
      );
    case 'rechnung':
      return result(
        labeledDate(body, /^(rechnungsdatum|rechnungs-datum|datum der rechnung|belegdatum)\b/) ??
          labeledDate(body, dateLabel, 'datum', header) ??
          headerDate(body) ??
          signed(),
      );
    case 'kontoauszug':
      return result(
        labeledDate(
          body,
          /^(auszugsdatum|(konto)?auszug(?: nr\.? ?[\d/]+)? vom|erstellt am|erstellungsdatum|datum|stand)\b/,
          undefined,
          header,
        ) ??
          kontostandDate(body) ??
          headerDate(body),
      );
    default: {
      const email = labeledDate(body, /^(gesendet|sent|datum|date)\s*:/);
      if (email) return result(email);
      return result(labeledDate(body, dateLabel, 'datum', header) ?? signedTop(body) ?? headerDate(body));
    }
  }
}

/** Letters without a "Datum" label: "Musterstadt, 12.03.2025" near the top. */
function signedTop(lines: readonly DocLine[]): Pick {
  const top = placeDates(lines).find(({ line }) => inTopPart(line, 0.45, 35) && line.page === lines[0]?.page);
  return top ? { ...top, confidence: 0.8 } : undefined;
}

/** Bank statements: the new balance's date or the end of the statement period. */
function kontostandDate(lines: readonly DocLine[]): Pick {
  for (const line of lines) {
    if (/neuer (kontostand|saldo)|endsaldo|saldo neu|kontostand (am|per|zum)/.test(line.folded)) {
      const date = findDates(line.text).at(-1);
      if (date) return { date, line, confidence: 0.8 };
    }
  }
  for (const line of lines) {
    if (/zeitraum|auszugszeitraum|vom .* bis/.test(line.folded)) {
      const date = findDates(line.text).at(-1);
      if (date) return { date, line, confidence: 0.7 };
    }
  }
  return undefined;
}
