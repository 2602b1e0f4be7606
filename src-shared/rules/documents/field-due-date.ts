import type { FieldResult } from './analysis-types';
import { findDates } from './date-find';
import { bescheidTypes, type DocType } from './doc-types';
import { found, missing } from './field-result';
import { evidenceOf, type DocLine } from './text-lines';

const dueLabel =
  /(faellig am|faellig zum|faellig bis|faelligkeit|faelligkeitstag|zahlbar bis|zahlbar (ohne abzug |rein netto )?(bis )?(zum|spaetestens)|zahlungsziel|bis spaetestens|spaetestens (am|bis)|zu zahlen bis|zahlungsfrist|bitte (zahlen|ueberweisen) sie .* bis|bis zum .* (zu zahlen|zu ueberweisen|zahlen|ueberweisen|begleichen)|zahlung bis)/;
const notDue = /faellig seit|faellig gewordene|seit dem|bereits faellig|leistungsdatum/;

/**
 * The printed payment date of the amount to pay ("Fällig am", "zahlbar bis", "bis spätestens").
 * Refunds and invoices that only give a period ("innerhalb von 14 Tagen") have none.
 */
export function extractDueDate(
  lines: readonly DocLine[],
  docType: DocType,
  amount: number | null,
  instalmentDue?: { iso: string; line: DocLine },
): FieldResult<string> {
  const payable =
    bescheidTypes.has(docType) ||
    docType === 'mahnung' ||
    docType === 'rechnung' ||
    docType === 'pruefungsanordnung';
  if (!payable || docType === 'pruefungsanordnung') return missing();
  if (amount !== null && amount <= 0) return missing();
  if (instalmentDue) return found(instalmentDue.iso, 0.75, [evidenceOf(instalmentDue.line)]);
  if (docType === 'gewst_bescheid' && amount === null) return missing();

  const body = lines.filter((line) => line.zone === 'body');
  for (let i = 0; i < body.length; i++) {
    const line = body[i];
    if (!line || !dueLabel.test(line.folded) || notDue.test(line.folded)) continue;
    const m = dueLabel.exec(line.folded);
    const dates = findDates(line.text);
    // Take the first date after the label; "bis zum 25.09.2026" sits behind it.
    const labelStart = m?.index ?? 0;
    const ratio = line.folded.length > 0 ? labelStart / line.folded.length : 0;
    const date = dates.find((d) => d.index >= ratio * line.text.length - 3) ?? dates.at(-1);
    if (date) return found(date.iso, 0.9, [evidenceOf(line)]);
    const next = body[i + 1];
    const below = next ? findDates(next.text)[0] : undefined;
    if (next && below && line.cells.length === 1) return found(below.iso, 0.75, [evidenceOf(next)]);
  }
  return missing();
}
