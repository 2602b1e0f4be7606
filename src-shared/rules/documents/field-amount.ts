import type { FieldResult } from './analysis-types';
import { findAmounts, type FoundAmount } from './amount-find';
import { findDates } from './date-find';
import { bescheidTypes, type DocType } from './doc-types';
import { found, missing } from './field-result';
import { foldText } from './normalize';
import { evidenceOf, type DocLine } from './text-lines';

export interface AmountPick {
  amount: FieldResult<number>;
  /** Due date that belongs to the picked amount (instalment of a Vorauszahlungsbescheid). */
  instalmentDue?: { iso: string; line: DocLine };
}

interface Rule {
  regex: RegExp;
  /** Sign the label implies: 'pay' positive, 'refund' negative, 'as-printed' keeps the printed sign. */
  sign: 'pay' | 'refund' | 'as-printed';
  priority: number;
}

const balanceRules: readonly Rule[] = [
  {
    regex: /insgesamt zu erstatten|gesamtbetrag (der )?erstattung|erstattungsbetrag insgesamt/,
    sign: 'refund',
    priority: 10,
  },
  {
    regex: /insgesamt (noch )?zu zahlen|gesamtbetrag (der )?nachzahlung|insgesamt nachzuzahlen/,
    sign: 'pay',
    priority: 10,
  },
  {
    regex:
      /^(erstattung|zu erstatten|guthaben|ueberzahlung|erstattungsbetrag)\b|\b(summe|gesamt)\b.*\berstattung\b|erstattung \(summe/,
    sign: 'refund',
    priority: 8,
  },
  {
    regex:
      /^(nachzahlung|noch zu zahlen|zu zahlen|abschlusszahlung|zahlungsbetrag|bitte zahlen|rueckstand)\b|\b(summe|gesamt)\b.*\bnachzahlung\b|nachzahlung \(summe|bitte zahlen$|- bitte zahlen/,
    sign: 'pay',
    priority: 8,
  },
  {
    regex: /unterschiedsbetrag|verbleibende[rs]? (betrag|saldo)$|^saldo\b|^(verbleibender|offener) betrag\b/,
    sign: 'as-printed',
    priority: 5,
  },
  { regex: /\b(erstattung|zu erstatten|erstattungsbetrag)\b/, sign: 'refund', priority: 3 },
  { regex: /\bnachzahlung\b|\bzu zahlen\b/, sign: 'pay', priority: 3 },
];
const notBalance =
  /zinsen|vorauszahlung|bisher|festgesetzt werden|anzurechnen|abzug|lohnsteuer|kapitalertrag|bemessung|einkuenfte|steuerabzug|verspaetung/;

const amountsIn = (line: DocLine): FoundAmount[] => findAmounts(line.text);

/** The balance of a Bescheid's Abrechnung: positive to pay, negative refund, 0 if nothing is due. */
function bescheidBalance(lines: readonly DocLine[]): FieldResult<number> | undefined {
  let best: { value: number; line: DocLine; priority: number } | undefined;
  for (const line of lines) {
    if (line.zone !== 'body') continue;
    const folded = line.folded;
    const rule = balanceRules.find((r) => r.regex.test(folded));
    if (!rule) continue;
    if (notBalance.test(folded) && rule.priority < 10 && !/zahlungen \(|\(summe/.test(folded)) continue;
    const amounts = amountsIn(line);
    // A balance line carries one total; several amounts are a per-tax breakdown.
    const amount =
      amounts.length === 1
        ? amounts[0]
        : amounts.length > 1 && rule.priority >= 8
          ? amounts.at(-1)
          : undefined;
    if (amount === undefined) continue;
    const magnitude = Math.abs(amount.value);
    const value = rule.sign === 'pay' ? magnitude : rule.sign === 'refund' ? -magnitude : amount.value;
    if (best === undefined || rule.priority > best.priority) best = { value, line, priority: rule.priority };
  }
  if (best)
    return found(best.value === 0 ? 0 : best.value, best.priority >= 8 ? 0.9 : 0.7, [evidenceOf(best.line)]);
  for (const line of lines) {
    if (
      /keine (nachzahlung|erstattung)|ergibt sich (weder|keine)|nichts zu zahlen|kein (nachzahlungs|erstattungs)betrag/.test(
        line.folded,
      )
    ) {
      return found(0, 0.8, [evidenceOf(line)]);
    }
  }
  return undefined;
}

/** First value after a label on the same line, or on the next line when the label stands alone. */
function labeled(
  lines: readonly DocLine[],
  label: RegExp,
  exclude?: RegExp,
  last = false,
): { amount: FoundAmount; line: DocLine } | undefined {
  const hits: { amount: FoundAmount; line: DocLine }[] = [];
  lines.forEach((line, i) => {
    if (line.zone === 'footer' || !label.test(line.folded) || exclude?.test(line.folded)) return;
    // Amounts from the label's cell onwards: a figure in a column left of the label belongs to something else.
    const labelCell = line.cells.findIndex((cell) => label.test(foldText(cell.text)));
    const texts = labelCell >= 0 ? line.cells.slice(labelCell).map((cell) => cell.text) : [line.text];
    const amount = texts.flatMap((text) => findAmounts(text))[0];
    if (amount) {
      hits.push({ amount, line });
      return;
    }
    // A value on its own line below the label (form layouts); a line with its own label is something else.
    const next = lines[i + 1];
    const below =
      next && !/\p{L}{3}/u.test((next.cells[0]?.text ?? '').replace(/EUR|Euro/g, ''))
        ? amountsIn(next)[0]
        : undefined;
    if (next && below) hits.push({ amount: below, line: next });
  });
  return last ? hits.at(-1) : hits[0];
}

/** Instalments of a Vorauszahlungsbescheid: rows "10.03.2025  11.500,00 €  11.200,00 €" (last column = new). */
function instalments(lines: readonly DocLine[]): { iso: string; value: number; line: DocLine }[] {
  const rows: { iso: string; value: number; columns: number; line: DocLine }[] = [];
  for (const line of lines) {
    if (line.zone !== 'body') continue;
    const dates = findDates(line.text);
    const amounts = amountsIn(line);
    const first = dates[0];
    const last = amounts.at(-1);
    if (
      first &&
      last &&
      first.index < (amounts[0]?.index ?? 0) &&
      line.text.trim().startsWith(first.raw.trim().slice(0, 2))
    ) {
      rows.push({ iso: first.iso, value: Math.abs(last.value), columns: amounts.length, line });
    }
  }
  // A row that lost its "neu" column to OCR takes the value most rows show there (instalments are equal).
  const usual = Math.max(1, ...rows.map((row) => row.columns));
  const values = new Map<number, number>();
  for (const row of rows) if (row.columns === usual) values.set(row.value, (values.get(row.value) ?? 0) + 1);
  const common = [...values.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return rows.map((row) => ({
    iso: row.iso,
    line: row.line,
    value: row.columns < usual && common !== undefined ? common : row.value,
  }));
}

export function extractAmount(
  lines: readonly DocLine[],
  docType: DocType,
  documentDate: string | null,
): AmountPick {
  const body = lines.filter((line) => line.zone !== 'footer');
  const pick = (
    hit: { amount: FoundAmount; line: DocLine } | undefined,
    confidence: number,
    transform = (v: number) => v,
  ): AmountPick =>
    hit
      ? { amount: found(transform(hit.amount.value), confidence, [evidenceOf(hit.line)]) }
      : { amount: missing() };

  if (docType === 'vorauszahlung_bescheid') {
    const hasAbrechnung = body.some((line) =>
      /^abrechnung\b|bis heute faellig|bereits faellig|faellig gewordene/.test(line.folded),
    );
    const balance = hasAbrechnung ? bescheidBalance(body) : undefined;
    if (balance) return { amount: balance };
    const rows = instalments(body).filter((row) => documentDate === null || row.iso >= documentDate);
    const next = rows.sort((a, b) => a.iso.localeCompare(b.iso))[0];
    if (next) {
      return {
        amount: found(next.value, 0.75, [evidenceOf(next.line)]),
        instalmentDue: { iso: next.iso, line: next.line },
      };
    }
    return { amount: bescheidBalance(body) ?? missing() };
  }
  if (bescheidTypes.has(docType)) return { amount: bescheidBalance(body) ?? missing() };

  switch (docType) {
    case 'mahnung': {
      const total = labeled(
        body,
        /gesamtbetrag|gesamtsumme|gesamtforderung|insgesamt|zu zahlender betrag|offener betrag|summe|zahlbetrag/,
        /saeumniszuschlag von 1|abgerundet/,
      );
      if (total) return pick(total, 0.9, Math.abs);
      const all = body.flatMap((line) => amountsIn(line).map((amount) => ({ amount, line })));
      const max = all.sort((a, b) => Math.abs(b.amount.value) - Math.abs(a.amount.value))[0];
      return pick(max, 0.5, Math.abs);
    }
    case 'rechnung': {
      const gross = labeled(
        body,
        /rechnungsbetrag|gesamtbetrag|bruttobetrag|endbetrag|gesamtsumme|summe brutto|bruttosumme|gesamt brutto|zahlbetrag|zu zahlen(der betrag)?|rechnungssumme|gesamt \(brutto\)|^gesamt\b|^summe\b|^total\b/,
        /netto(?!.*brutto)|zzgl|mwst|umsatzsteuer|ust\b/,
      );
      if (gross) return pick(gross, 0.9, Math.abs);
      const all = body.flatMap((line) => amountsIn(line).map((amount) => ({ amount, line })));
      const max = all.sort((a, b) => Math.abs(b.amount.value) - Math.abs(a.amount.value))[0];
      return pick(max, 0.5, Math.abs);
    }
    case 'kontoauszug': {
      const closing = labeled(
        body,
        /neuer (kontostand|saldo)|endsaldo|saldo neu|schlusssaldo|kontostand (am|per|zum)|^neuer stand|^kontostand\b/,
        undefined,
        true,
      );
      return pick(closing, 0.9);
    }
    case 'spendenbescheinigung': {
      const total = labeled(body, /gesamtbetrag|gesamtsumme|summe (der )?zuwendungen|^summe\b|^gesamt\b/);
      if (total) return pick(total, 0.9, Math.abs);
      return pick(
        labeled(
          body,
          /betrag der zuwendung|betrag der geldzuwendung|wert der zuwendung|in ziffern|zuwendungsbetrag/,
        ),
        0.9,
        Math.abs,
      );
    }
    case 'lohnsteuerbescheinigung':
      return pick(labeled(body, /bruttoarbeitslohn/), 0.9, Math.abs);
    default:
      return { amount: missing() };
  }
}
