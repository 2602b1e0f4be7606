import { einspruchsfrist } from '../../../src-shared/rules/deadlines';
import type { Finanzamt } from '../../../src-shared/rules/finanzamt';
import type { DocType } from '../../../src-shared/rules/documents';
import type { TruthFields } from '../truth';
import { addDaysIso, formatAmount, formatDate, germanNumber, money, numericDate, randomDate } from './format';
import {
  groupIban,
  groupSteuerId,
  iban as makeIban,
  steuernummerFor,
  ustId as makeUstId,
} from './identifiers';
import { renderLetter, row, type InfoField, type LetterStyle } from './letter';
import { company, lastNames, person } from './people';
import type { Rng } from './random';
import { makeSubject, printedOfficeName, recipientLines, type Subject } from './subjects';

export interface GeneratedDoc {
  docType: DocType;
  text: string;
  fields: TruthFields;
  state: string | null;
  einspruchsfristEnd: string | null;
  subject: Subject;
}

export interface GenContext {
  rng: Rng;
  /** Whether the subject will be an existing client (contracts without one are with the office itself). */
  client: boolean;
  offices: readonly Finanzamt[];
  /** The office's own name and numbers (third party on Vollmachten and Beratungsverträgen). */
  kanzlei: { name: string; street: string; place: string; stnr: string };
}

const emptyFields = (): TruthFields => ({
  steuernummer: null,
  steuerId: null,
  ustId: null,
  documentDate: null,
  taxYear: null,
  finanzamt: null,
  amount: null,
  dueDate: null,
  iban: null,
});

const styles: LetterStyle[] = ['two-column', 'two-column', 'stacked', 'colon', 'table'];
const stnrLabels = ['Steuernummer', 'St.-Nr.', 'StNr.', 'Steuer-Nr.'];
const idLabels = ['Identifikationsnummer', 'IdNr.', 'Steuer-ID', 'Steuerliche Identifikationsnummer'];
const dateLabels = ['Datum', 'Datum', 'Bescheiddatum', 'Datum des Bescheids'];

const frist = (date: string, land: Finanzamt['land']): string => {
  const result = einspruchsfrist({ bescheidDate: date, finanzamtLand: land, recipientLand: land });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.fristende;
};

function postfach(rng: Rng): string {
  return `Postfach ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}`;
}

function faLetterhead(
  rng: Rng,
  office: Finanzamt,
): { letterhead: string[]; senderLine: string; footer: string[] } {
  const name = printedOfficeName(office);
  const sep = rng.pick([' · ', ' - ', ' | ']);
  const place = `${office.postalCode ?? ''} ${office.city ?? ''}`;
  return {
    letterhead: rng.chance(0.5)
      ? [name, `${office.street ?? 'Amtsstraße 1'}${sep}${place}`]
      : [name, office.street ?? 'Amtsstraße 1', place],
    senderLine: `${name}${sep}${postfach(rng)}${sep}${place}`,
    footer: [
      `Bankverbindungen: Deutsche Bundesbank · IBAN ${groupIban(makeIban(rng))} · BIC MARKDEF1${rng.digits(3)}`,
      `Landesbank · IBAN ${groupIban(makeIban(rng))} · BIC HELADEFFXXX`,
      `Telefon ${office.phone ?? '0800 1234-0'} · Telefax 0800 9876-5 · poststelle@finanzamt.example`,
      'Öffnungszeiten: Mo–Fr 8:00–12:00 Uhr',
    ],
  };
}

const belehrung = (rng: Rng, what = 'Der Bescheid'): string[] => [
  rng.pick(['Rechtsbehelfsbelehrung', 'Rechtsbehelfsbelehrung:']),
  `${what} kann mit dem Einspruch angefochten werden. Der Einspruch ist bei dem vorbezeichneten Finanzamt`,
  'schriftlich einzureichen, diesem elektronisch zu übermitteln oder dort zur Niederschrift zu erklären.',
  'Die Frist für die Einlegung des Einspruchs beträgt einen Monat. Sie beginnt mit Ablauf des Tages, an dem Ihnen',
  'dieser Bescheid bekannt gegeben worden ist. Ein Einspruch kann auch beim Finanzgericht nicht eingelegt werden.',
];

function infoFields(
  rng: Rng,
  subject: Subject,
  date: string,
  withId: boolean,
  printedStnr: string,
): InfoField[] {
  const fields: InfoField[] = [{ label: rng.pick(stnrLabels), value: printedStnr }];
  if (withId && subject.steuerId) {
    fields.push({
      label: rng.pick(idLabels),
      value: rng.chance(0.3) ? groupSteuerId(subject.steuerId) : subject.steuerId,
    });
  }
  fields.push({ label: rng.pick(dateLabels), value: formatDate(rng, date) });
  if (rng.chance(0.7))
    fields.push({ label: 'Auskunft', value: rng.pick(['Frau Lindqvist', 'Herr Brandl', 'Frau Okonkwo']) });
  if (rng.chance(0.6))
    fields.push({
      label: 'Telefon',
      value: `0${rng.int(200, 999)} ${rng.int(1000, 9999)}-${rng.int(100, 999)}`,
    });
  return fields;
}

/** The Steuernummer as printed: regional form, sometimes the 13-digit ELSTER form. */
const printedStnr = (rng: Rng, subject: Subject): string =>
  rng.chance(0.1) ? subject.stnr.elster13 : subject.stnr.printed;

interface Balance {
  amount: number;
  lines: string[];
  due: string | null;
}

function abrechnung(rng: Rng, docDate: string, kind: 'pay' | 'refund' | 'zero'): Balance {
  const value = kind === 'zero' ? 0 : money(rng, 5, 25000);
  const due = kind === 'pay' ? addDaysIso(docDate, rng.int(28, 40)) : null;
  const lines: string[] = [rng.pick(['Abrechnung', 'Abrechnung', 'Berechnung der Abrechnung'])];
  if (rng.chance(0.5)) {
    lines.push(
      row(rng, 'Festgesetzt werden', `${formatAmount(rng, value + 1000)}     ${formatAmount(rng, 0)}`),
    );
    lines.push(row(rng, 'ab Steuerabzug vom Lohn', `${formatAmount(rng, 1000)}     ${formatAmount(rng, 0)}`));
  }
  if (kind === 'zero') {
    lines.push(
      rng.pick([
        'Es ergibt sich keine Nachzahlung und keine Erstattung.',
        row(rng, 'Verbleibender Betrag', formatAmount(rng, 0)),
      ]),
    );
    return { amount: 0, lines, due: null };
  }
  if (kind === 'pay') {
    lines.push(
      row(
        rng,
        rng.pick([
          'Nachzahlung',
          'Abschlusszahlung',
          'Noch zu zahlen',
          'Insgesamt zu zahlen',
          'Unterschiedsbetrag – bitte zahlen',
          'Zu zahlen',
        ]),
        formatAmount(rng, value),
      ),
    );
    const dueText = formatDate(rng, due ?? docDate, 'numeric');
    lines.push(
      rng.pick([
        row(rng, 'Fällig am', dueText),
        row(rng, 'Fälligkeit', dueText),
        `Bitte zahlen Sie den Betrag bis zum ${dueText} auf eines der unten genannten Konten.`,
        `Der Betrag ist bis spätestens ${dueText} zu entrichten.`,
      ]),
    );
    return { amount: value, lines, due };
  }
  lines.push(
    row(
      rng,
      rng.pick(['Erstattung', 'Zu erstatten', 'Insgesamt zu erstatten', 'Guthaben', 'Erstattungsbetrag']),
      formatAmount(rng, value),
    ),
  );
  return { amount: -value, lines, due: null };
}

function faDocument(
  ctx: GenContext,
  subject: Subject,
  docType: DocType,
  heading: string[],
  body: string[],
  opts: { date: string; withId: boolean; refundIban?: boolean; belehrung: boolean },
): { text: string; printedStnr: string } {
  const { rng } = ctx;
  const head = faLetterhead(rng, subject.office);
  const stnr = printedStnr(rng, subject);
  // Now and then the Bescheid goes to the adviser as Empfangsbevollmächtigter, naming the taxpayer.
  const { party } = subject;
  const viaAdviser = party.kind === 'person' && rng.chance(0.12);
  const recipient =
    viaAdviser && party.kind === 'person'
      ? {
          anrede: undefined,
          lines: [
            ctx.kanzlei.name,
            `für ${party.anrede} ${party.name}`,
            ctx.kanzlei.street,
            ctx.kanzlei.place,
          ],
        }
      : recipientLines(rng, subject);
  if (viaAdviser)
    body.unshift(
      `Steuerpflichtige(r): ${subject.party.name}, ${subject.street}, ${subject.postalCode} ${subject.city}`,
    );
  const pages = [...heading, '', ...body];
  if (opts.belehrung) {
    if (rng.chance(0.4)) pages.push('\f', `${printedOfficeName(subject.office)} – Steuernummer ${stnr}`, '');
    pages.push(
      '',
      ...belehrung(rng, docType === 'pruefungsanordnung' ? 'Diese Prüfungsanordnung' : 'Der Bescheid'),
    );
  }
  const text = renderLetter(
    rng,
    {
      letterhead: head.letterhead,
      senderLine: rng.chance(0.85) ? head.senderLine : undefined,
      anrede: recipient.anrede,
      recipient: recipient.lines,
      info: infoFields(rng, subject, opts.date, opts.withId, stnr),
      body: pages,
      footer: head.footer,
    },
    rng.pick(styles),
  );
  return { text, printedStnr: stnr };
}

const cityStates = new Set(['BE', 'HB', 'HH']);

/** Gewerbesteuer letters of a municipality (Flächenländer): Steueramt letterhead, Kassenzeichen instead of StNr. */
function municipalDocument(
  ctx: GenContext,
  subject: Subject,
  heading: string[],
  body: string[],
  date: string,
): string {
  const { rng } = ctx;
  const city = subject.office.city ?? 'Musterstadt';
  const recipient = recipientLines(rng, subject);
  return renderLetter(
    rng,
    {
      letterhead: [
        `Stadt ${city}`,
        'Steueramt',
        `Rathausplatz 1 · ${subject.office.postalCode ?? ''} ${city}`,
      ],
      senderLine: `Stadt ${city} · Steueramt · ${subject.office.postalCode ?? ''} ${city}`,
      anrede: recipient.anrede,
      recipient: recipient.lines,
      info: [
        { label: 'Kassenzeichen', value: `${rng.digits(3)}.${rng.digits(4)}.${rng.digits(2)}` },
        { label: 'Datum', value: formatDate(rng, date) },
      ],
      body: [...heading, '', ...body, '', ...belehrung(rng)],
      footer: [`Stadtkasse ${city} · IBAN ${groupIban(makeIban(rng))}`],
    },
    rng.pick(styles),
  );
}

function municipalGewst(ctx: GenContext): GeneratedDoc {
  const { rng } = ctx;
  const office = rng.pick(ctx.offices.filter((o) => !cityStates.has(o.land)));
  const subject = makeSubject(rng, office, 'company');
  const date = randomDate(rng, 2024, 2026);
  const year = Number(date.slice(0, 4)) - 1;
  const balance = abrechnung(rng, date, rng.pick(['pay', 'refund'] as const));
  const body = [
    row(rng, 'Steuermessbetrag lt. Messbescheid des Finanzamts', formatAmount(rng, money(rng, 100, 9000))),
    row(rng, 'Hebesatz', `${rng.int(380, 490)} %`),
    ...balance.lines,
  ];
  const text = municipalDocument(
    ctx,
    subject,
    [rng.pick([`Gewerbesteuerbescheid ${year}`, `Bescheid über Gewerbesteuer für ${year}`])],
    body,
    date,
  );
  const fields = emptyFields();
  Object.assign(fields, { documentDate: date, taxYear: year, amount: balance.amount, dueDate: balance.due });
  return {
    docType: 'gewst_bescheid',
    text,
    fields,
    state: office.land,
    einspruchsfristEnd: frist(date, office.land),
    subject,
  };
}

function municipalVorauszahlung(ctx: GenContext): GeneratedDoc {
  const { rng } = ctx;
  const office = rng.pick(ctx.offices.filter((o) => !cityStates.has(o.land)));
  const subject = makeSubject(rng, office, 'company');
  const date = randomDate(rng, 2024, 2026);
  const year = Number(date.slice(0, 4)) + 1;
  const amount = money(rng, 200, 9000);
  const quarters = ['02-15', '05-15', '08-15', '11-15'].map((md) => `${year}-${md}`);
  const body = [
    'Die Vorauszahlungen zur Gewerbesteuer werden wie folgt festgesetzt:',
    row(rng, 'Fälligkeit', 'Betrag'),
  ];
  for (const q of quarters) body.push(`${numericDate(q)}        ${formatAmount(rng, amount)}`);
  const text = municipalDocument(
    ctx,
    subject,
    [`Bescheid über Gewerbesteuer-Vorauszahlungen ab ${year}`],
    body,
    date,
  );
  const fields = emptyFields();
  Object.assign(fields, { documentDate: date, taxYear: year, amount, dueDate: quarters[0] ?? null });
  return {
    docType: 'vorauszahlung_bescheid',
    text,
    fields,
    state: office.land,
    einspruchsfristEnd: frist(date, office.land),
    subject,
  };
}

function annualBescheid(
  ctx: GenContext,
  docType: 'est_bescheid' | 'kst_bescheid' | 'ust_bescheid' | 'gewst_bescheid',
): GeneratedDoc {
  const { rng } = ctx;
  const office = rng.pick(ctx.offices);
  const subject = makeSubject(
    rng,
    office,
    docType === 'est_bescheid'
      ? 'person'
      : docType === 'kst_bescheid'
        ? 'company'
        : rng.chance(0.7)
          ? 'company'
          : 'person',
  );
  const date = randomDate(rng, 2024, 2026);
  const year = Number(date.slice(0, 4)) - rng.int(1, 2);
  const headings: Record<typeof docType, string[][]> = {
    est_bescheid: [
      [`Bescheid für ${year}`, 'über Einkommensteuer, Solidaritätszuschlag und Kirchensteuer'],
      [`Bescheid für ${year} über Einkommensteuer und Solidaritätszuschlag`],
      [`Einkommensteuerbescheid ${year}`],
      [
        'Bescheid über Einkommensteuer, Solidaritätszuschlag und Kirchensteuer',
        `für das Kalenderjahr ${year}`,
      ],
      [
        `Bescheid für ${year}`,
        'über Einkommensteuer, Solidaritätszuschlag und Kirchensteuer',
        'und über Vorauszahlungen',
      ],
    ],
    kst_bescheid: [
      [`Bescheid für ${year}`, 'über Körperschaftsteuer und Solidaritätszuschlag'],
      [`Körperschaftsteuerbescheid für ${year}`],
      [
        `Bescheid für ${year} über Körperschaftsteuer, Solidaritätszuschlag`,
        'und die gesonderte Feststellung des steuerlichen Einlagekontos',
      ],
    ],
    ust_bescheid: [
      [`Bescheid für ${year} über Umsatzsteuer`],
      [`Umsatzsteuerbescheid ${year}`],
      ['Bescheid über Umsatzsteuer', `für das Kalenderjahr ${year}`],
    ],
    gewst_bescheid: [
      [
        `Bescheid für ${year}`,
        cityStates.has(office.land)
          ? 'über den Gewerbesteuermessbetrag und die Gewerbesteuer'
          : 'über den Gewerbesteuermessbetrag',
      ],
      [`Gewerbesteuermessbescheid für ${year}`],
    ],
  };
  const heading = rng.pick(headings[docType]);
  const body: string[] = [];
  if (rng.chance(0.5)) body.push('Der Bescheid ergeht nach § 164 AO unter dem Vorbehalt der Nachprüfung.');
  let balance: Balance | null = null;
  let refundIban: string | null = null;
  if (docType === 'gewst_bescheid') {
    body.push(row(rng, 'Gewinn aus Gewerbebetrieb', formatAmount(rng, money(rng, 30000, 900000))));
    body.push(row(rng, 'Steuermesszahl', '3,5 %'));
    body.push(row(rng, 'Steuermessbetrag', formatAmount(rng, money(rng, 500, 30000))));
    if (cityStates.has(office.land) && !heading[0]?.startsWith('Gewerbesteuermess')) {
      body.push('Festsetzung der Gewerbesteuer', row(rng, 'Hebesatz', `${rng.int(400, 470)} %`));
      balance = abrechnung(rng, date, rng.pick(['pay', 'refund'] as const));
    } else {
      body.push('Die Gewerbesteuer wird von der hebeberechtigten Gemeinde festgesetzt und erhoben.');
    }
  } else {
    body.push(
      'Festsetzung',
      row(rng, 'Zu versteuerndes Einkommen', formatAmount(rng, money(rng, 10000, 200000))),
    );
    balance = abrechnung(rng, date, rng.pick(['pay', 'pay', 'refund', 'refund', 'zero'] as const));
  }
  if (balance) {
    body.push(...balance.lines);
    if (balance.amount < 0 && subject.party.kind === 'person' && rng.chance(0.5)) {
      refundIban = subject.iban;
      body.push(`Der Erstattungsbetrag wird auf Ihr Konto ${groupIban(subject.iban)} überwiesen.`);
    }
  }
  body.push(
    `Bei der Festsetzung wurde von Ihrer Steuererklärung vom ${numericDate(addDaysIso(date, -rng.int(30, 200)))} nicht abgewichen.`,
  );
  const withId = docType === 'est_bescheid' || (subject.party.kind === 'person' && rng.chance(0.5));
  const { text, printedStnr } = faDocument(ctx, subject, docType, heading, body, {
    date,
    withId,
    belehrung: true,
  });
  const fields = emptyFields();
  fields.steuernummer = printedStnr;
  fields.steuerId = withId && subject.steuerId ? subject.steuerId : null;
  fields.documentDate = date;
  fields.taxYear = year;
  fields.finanzamt = printedOfficeName(office);
  fields.amount = balance ? balance.amount : null;
  fields.dueDate = balance?.due ?? null;
  fields.iban = refundIban;
  return { docType, text, fields, state: office.land, einspruchsfristEnd: frist(date, office.land), subject };
}

function vorauszahlung(ctx: GenContext): GeneratedDoc {
  const { rng } = ctx;
  const office = rng.pick(ctx.offices);
  const tax = rng.pick(['Einkommensteuer', 'Körperschaftsteuer'] as const);
  const subject = makeSubject(rng, office, tax === 'Einkommensteuer' ? 'person' : 'company');
  const date = randomDate(rng, 2024, 2026);
  const year = Number(date.slice(0, 4)) + (rng.chance(0.3) ? 1 : 0);
  const heading = rng.pick([
    [`Bescheid über ${tax}-Vorauszahlungen`, `für ${year} und die folgenden Kalenderjahre`],
    [`Bescheid über Vorauszahlungen zur ${tax}`, `ab ${year}`],
    [`Vorauszahlungsbescheid ${year}`, `(${tax})`],
    [`Anpassung der Vorauszahlungen zur ${tax} für ${year}`],
  ]);
  const quarters = ['03-10', '06-10', '09-10', '12-10'].map((md) => `${year}-${md}`);
  const old = money(rng, 100, 8000);
  let fresh = money(rng, 100, 8000);
  if (Math.abs(fresh - old) < 1) fresh += 100;
  const body = [
    `Die Vorauszahlungen werden nach § 37 EStG wie folgt festgesetzt:`,
    row(rng, 'Fälligkeit', 'bisher           neu'),
  ];
  for (const q of quarters)
    body.push(`${numericDate(q)}        ${formatAmount(rng, old)}        ${formatAmount(rng, fresh)}`);
  const dueQuarters = quarters.filter((q) => q <= date);
  const fields = emptyFields();
  if (dueQuarters.length > 0) {
    const diff = Math.round((fresh - old) * dueQuarters.length * 100) / 100;
    body.push(
      '',
      'Abrechnung',
      row(
        rng,
        'Bis heute fällig gewordene Vorauszahlungen (neu)',
        formatAmount(rng, fresh * dueQuarters.length),
      ),
    );
    body.push(row(rng, 'abzüglich bereits festgesetzt', formatAmount(rng, old * dueQuarters.length)));
    if (diff > 0) {
      const due = addDaysIso(date, rng.int(28, 35));
      body.push(
        row(rng, rng.pick(['Nachzahlung', 'Noch zu zahlen']), formatAmount(rng, diff)),
        row(rng, 'Fällig am', numericDate(due)),
      );
      fields.amount = diff;
      fields.dueDate = due;
    } else {
      body.push(row(rng, rng.pick(['Erstattung', 'Zu erstatten']), formatAmount(rng, -diff)));
      fields.amount = diff;
    }
  } else {
    fields.amount = fresh;
    fields.dueDate = quarters.find((q) => q >= date) ?? null;
  }
  body.push(
    'Die Vorauszahlungen gelten auch für die folgenden Kalenderjahre, bis ein neuer Bescheid ergeht.',
  );
  const { text, printedStnr } = faDocument(ctx, subject, 'vorauszahlung_bescheid', heading, body, {
    date,
    withId: rng.chance(0.5),
    belehrung: true,
  });
  fields.steuernummer = printedStnr;
  fields.steuerId =
    text.includes(subject.steuerId ?? '#') ||
    (subject.steuerId !== undefined && text.includes(groupSteuerId(subject.steuerId)))
      ? (subject.steuerId ?? null)
      : null;
  fields.documentDate = date;
  fields.taxYear = year;
  fields.finanzamt = printedOfficeName(office);
  return {
    docType: 'vorauszahlung_bescheid',
    text,
    fields,
    state: office.land,
    einspruchsfristEnd: frist(date, office.land),
    subject,
  };
}

function pruefungsanordnung(ctx: GenContext): GeneratedDoc {
  const { rng } = ctx;
  const office = rng.pick(ctx.offices);
  const subject = makeSubject(rng, office, 'company');
  const date = randomDate(rng, 2024, 2026);
  const y = Number(date.slice(0, 4));
  const single = rng.chance(0.3);
  const period = single ? `${y - 2}` : `${y - 4} bis ${y - 2}`;
  const body = [
    rng.pick(['Sehr geehrte Damen und Herren,', 'Sehr geehrte Damen und Herren']),
    `aufgrund des § 193 Abs. 1 AO ordne ich bei ${subject.party.name} eine Außenprüfung an.`,
    row(rng, 'Prüfungszeitraum', period, 30),
    row(rng, 'Steuerarten', 'Umsatzsteuer, Gewerbesteuer, Körperschaftsteuer', 30),
    row(rng, 'Voraussichtlicher Beginn', `${numericDate(addDaysIso(date, rng.int(20, 40)))}, 09:00 Uhr`, 30),
    row(rng, 'Prüfer/in', 'Herr Häusler', 30),
  ];
  const heading = [
    rng.pick(['Prüfungsanordnung', 'Prüfungsanordnung gemäß § 196 AO', 'Anordnung einer Außenprüfung']),
  ];
  const { text, printedStnr } = faDocument(ctx, subject, 'pruefungsanordnung', heading, body, {
    date,
    withId: false,
    belehrung: true,
  });
  const fields = emptyFields();
  fields.steuernummer = printedStnr;
  fields.documentDate = date;
  fields.taxYear = single ? y - 2 : null;
  fields.finanzamt = printedOfficeName(office);
  return {
    docType: 'pruefungsanordnung',
    text,
    fields,
    state: office.land,
    einspruchsfristEnd: frist(date, office.land),
    subject,
  };
}

function mahnung(ctx: GenContext): GeneratedDoc {
  const { rng } = ctx;
  const office = rng.pick(ctx.offices);
  const subject = makeSubject(rng, office, rng.chance(0.5) ? 'person' : 'company');
  const date = randomDate(rng, 2024, 2026);
  const due = addDaysIso(date, 7);
  const fields = emptyFields();
  if (rng.chance(0.6)) {
    const year = Number(date.slice(0, 4)) - 1;
    const tax = rng.pick(['Einkommensteuer', 'Umsatzsteuer', 'Gewerbesteuer']);
    const base = money(rng, 100, 9000);
    const zuschlag = Math.round(base * 0.02);
    const total = Math.round((base + zuschlag) * 100) / 100;
    const body = [
      'Sehr geehrte Steuerpflichtige, sehr geehrter Steuerpflichtiger,',
      'nach unseren Unterlagen sind die nachstehenden Beträge trotz Fälligkeit noch nicht gezahlt worden:',
      row(rng, 'Steuerart / Zeitraum', 'fällig seit         Betrag       Säumniszuschlag'),
      row(
        rng,
        `${tax} ${year}`,
        `${numericDate(addDaysIso(date, -40))}   ${formatAmount(rng, base)}   ${formatAmount(rng, zuschlag)}`,
      ),
      row(rng, rng.pick(['Gesamtbetrag', 'Gesamtsumme', 'Insgesamt']), formatAmount(rng, total)),
      `Bitte zahlen Sie den Gesamtbetrag bis spätestens ${formatDate(rng, due, 'numeric')}.`,
      'Für jeden angefangenen Monat der Säumnis entsteht ein Säumniszuschlag von 1 % (§ 240 AO).',
    ];
    const withStnr = rng.chance(0.7);
    const head = faLetterhead(rng, office);
    const recipient = recipientLines(rng, subject);
    const info = infoFields(rng, subject, date, false, subject.stnr.printed).filter(
      (f) => withStnr || !stnrLabels.includes(f.label),
    );
    const text = renderLetter(
      rng,
      {
        letterhead: head.letterhead,
        senderLine: head.senderLine,
        anrede: recipient.anrede,
        recipient: recipient.lines,
        info,
        body: [rng.pick(['Mahnung', 'Zahlungserinnerung']), '', ...body],
        footer: head.footer,
      },
      rng.pick(styles),
    );
    Object.assign(fields, {
      steuernummer: withStnr ? subject.stnr.printed : null,
      documentDate: date,
      taxYear: year,
      finanzamt: printedOfficeName(office),
      amount: total,
      dueDate: due,
    });
    return { docType: 'mahnung', text, fields, state: office.land, einspruchsfristEnd: null, subject };
  }
  // A supplier's dunning letter.
  const vendor = company(rng);
  const net = money(rng, 50, 5000);
  const fee = rng.pick([5, 10, 15]);
  const total = Math.round((net + fee) * 100) / 100;
  const recipient = recipientLines(rng, subject);
  const text = renderLetter(
    rng,
    {
      letterhead: [vendor.name, `Industriestraße ${rng.int(1, 90)} · ${rng.digits(5)} Musterstadt`],
      senderLine: `${vendor.name} · Industriestraße 5 · 12345 Musterstadt`,
      anrede: recipient.anrede,
      recipient: recipient.lines,
      info: [
        { label: 'Kundennr.', value: rng.digits(5) },
        { label: 'Datum', value: formatDate(rng, date) },
      ],
      body: [
        rng.pick(['2. Mahnung', 'Mahnung', 'Zahlungserinnerung']),
        '',
        `unsere Rechnung Nr. RE-${rng.digits(5)} vom ${numericDate(addDaysIso(date, -45))} über ${formatAmount(rng, net)} ist noch offen.`,
        row(rng, 'Offener Rechnungsbetrag', formatAmount(rng, net)),
        row(rng, 'Mahngebühr', formatAmount(rng, fee)),
        row(rng, 'Gesamtbetrag', formatAmount(rng, total)),
        `Bitte überweisen Sie den Gesamtbetrag bis zum ${numericDate(due)}.`,
      ],
      footer: [
        `${vendor.name} · USt-IdNr. ${makeUstId(rng)} · IBAN ${groupIban(makeIban(rng))}`,
        'Geschäftsführung: Max Beispiel · Amtsgericht Musterstadt HRB 12345',
      ],
    },
    rng.pick(styles),
  );
  Object.assign(fields, { documentDate: date, amount: total, dueDate: due });
  return { docType: 'mahnung', text, fields, state: null, einspruchsfristEnd: null, subject };
}

function rechnung(ctx: GenContext): GeneratedDoc {
  const { rng } = ctx;
  const office = rng.pick(ctx.offices);
  const subject = makeSubject(rng, office, rng.chance(0.6) ? 'company' : 'person');
  const vendor = company(rng);
  const date = randomDate(rng, 2024, 2026);
  const items = Array.from({ length: rng.int(1, 4) }, () => ({
    qty: rng.int(1, 9),
    price: money(rng, 10, 900),
  }));
  const net = Math.round(items.reduce((sum, item) => sum + item.qty * item.price, 0) * 100) / 100;
  const vat = Math.round(net * 19) / 100;
  const gross = Math.round((net + vat) * 100) / 100;
  const fixedDue = rng.chance(0.6);
  const due = fixedDue ? addDaysIso(date, 14) : null;
  const showRecipientVat = subject.ustId !== undefined && subject.party.kind === 'company' && rng.chance(0.4);
  const recipient = recipientLines(rng, subject);
  const body = [
    rng.pick(['Rechnung', 'RECHNUNG', 'Rechnung Nr. ' + `RE-${date.slice(0, 4)}-${rng.digits(4)}`]),
    '',
    `Pos.  Bezeichnung                        Menge    Einzelpreis      Gesamt`,
    ...items.map(
      (item, i) =>
        `${i + 1}     Leistung ${i + 1}                         ${item.qty}      ${formatAmount(rng, item.price)}    ${formatAmount(rng, item.qty * item.price)}`,
    ),
    '',
    row(rng, rng.pick(['Nettobetrag', 'Summe netto', 'Zwischensumme netto']), formatAmount(rng, net)),
    row(rng, rng.pick(['zzgl. 19 % Umsatzsteuer', 'zzgl. 19 % MwSt.', '19 % USt']), formatAmount(rng, vat)),
    row(
      rng,
      rng.pick([
        'Rechnungsbetrag',
        'Gesamtbetrag',
        'Bruttobetrag',
        'Zu zahlender Betrag',
        'Gesamtsumme brutto',
      ]),
      formatAmount(rng, gross),
    ),
    '',
    fixedDue
      ? rng.pick([
          `Zahlbar ohne Abzug bis zum ${numericDate(due ?? date)}.`,
          `Bitte überweisen Sie den Betrag bis zum ${numericDate(due ?? date)}.`,
          `Zahlungsziel: ${numericDate(due ?? date)}`,
        ])
      : rng.pick([
          'Zahlbar innerhalb von 14 Tagen ohne Abzug.',
          'Bitte begleichen Sie den Betrag innerhalb von 30 Tagen.',
        ]),
    ...(showRecipientVat ? [`Ihre USt-IdNr.: ${subject.ustId}`] : []),
  ];
  const vendorStnr = steuernummerFor(rng, rng.pick(ctx.offices)).printed;
  const text = renderLetter(
    rng,
    {
      letterhead: [vendor.name, rng.pick(['Meisterbetrieb', 'Ihr Partner seit 1990', ''])].filter(Boolean),
      senderLine: `${vendor.name} · Gewerbepark ${rng.int(1, 40)} · ${rng.digits(5)} Neustadt`,
      anrede: recipient.anrede,
      recipient: recipient.lines,
      info: [
        {
          label: rng.pick(['Rechnungsnr.', 'Rechnungsnummer', 'Rechnung Nr.']),
          value: `RE-${rng.digits(6)}`,
        },
        { label: 'Kundennr.', value: rng.digits(5) },
        { label: rng.pick(['Datum', 'Rechnungsdatum']), value: formatDate(rng, date) },
        { label: 'Leistungsdatum', value: numericDate(addDaysIso(date, -rng.int(1, 20))) },
      ],
      body,
      footer: [
        `${vendor.name} · USt-IdNr. ${makeUstId(rng)} · Steuernummer ${vendorStnr}`,
        `Bank: Volksbank · IBAN ${groupIban(makeIban(rng))} · Geschäftsführung: ${rng.pick(lastNames)}`,
      ],
    },
    rng.pick(styles),
  );
  const fields = emptyFields();
  Object.assign(fields, {
    documentDate: date,
    amount: gross,
    dueDate: due,
    ustId: showRecipientVat ? (subject.ustId ?? null) : null,
  });
  return { docType: 'rechnung', text, fields, state: null, einspruchsfristEnd: null, subject };
}

function kontoauszug(ctx: GenContext): GeneratedDoc {
  const { rng } = ctx;
  const office = rng.pick(ctx.offices);
  const subject = makeSubject(rng, office, rng.chance(0.5) ? 'person' : 'company');
  const date = randomDate(rng, 2024, 2026);
  let balance = money(rng, -3000, 20000);
  const opening = balance;
  const rows: string[] = [];
  let stnrShown: string | null = null;
  for (let i = 0; i < rng.int(3, 9); i++) {
    const value = money(rng, -2000, 2000);
    balance = Math.round((balance + value) * 100) / 100;
    const day = numericDate(addDaysIso(date, -rng.int(1, 27)));
    rows.push(
      `${day}    ${rng.pick(['Kartenzahlung', 'Lastschrift Strom', 'Gutschrift', 'Dauerauftrag Miete'])}           ${value < 0 ? '-' : '+'}${germanNumber(value)}`,
    );
  }
  if (rng.chance(0.3)) {
    const value = -money(rng, 100, 3000);
    balance = Math.round((balance + value) * 100) / 100;
    stnrShown = subject.stnr.printed;
    rows.push(
      `${numericDate(date)}    Überweisung an ${printedOfficeName(office)} StNr ${stnrShown} ESt-VZ     ${germanNumber(value).replace(/^/, '-')}`,
    );
  }
  const holderLabel = rng.pick(['Kontoinhaber', 'Kontoinhaber:', 'Inhaber']);
  const recipient = recipientLines(rng, subject);
  const dateLabel = rng.pick(['Auszugsdatum', 'Datum', 'Erstellt am']);
  const text = renderLetter(
    rng,
    {
      letterhead: [
        rng.pick(['Sparkasse Rheinland', 'Volksbank Mitte eG', 'Stadtsparkasse Nordhafen']),
        `Kontoauszug Nr. ${rng.int(1, 12)}/${date.slice(0, 4)}`,
      ],
      anrede: recipient.anrede,
      recipient: recipient.lines,
      info: [
        { label: holderLabel, value: subject.party.name },
        { label: 'IBAN', value: groupIban(subject.iban) },
        { label: dateLabel, value: numericDate(date) },
      ],
      body: [
        row(
          rng,
          rng.pick(['Alter Kontostand', 'Alter Saldo']),
          `${germanNumber(opening).replace(/^/, opening < 0 ? '-' : '')} EUR`,
        ),
        'Buchung      Vorgang                                Betrag EUR',
        ...rows,
        row(
          rng,
          rng.pick(['Neuer Kontostand', 'Neuer Saldo']),
          `${balance < 0 ? '-' : ''}${germanNumber(balance)} EUR`,
        ),
      ],
      footer: ['Blatt 1/1 · Bitte prüfen Sie Ihre Kontoauszüge. Einwendungen sind unverzüglich zu erheben.'],
    },
    rng.pick(['two-column', 'colon', 'stacked'] as const),
  );
  const fields = emptyFields();
  Object.assign(fields, { documentDate: date, amount: balance, iban: subject.iban, steuernummer: stnrShown });
  return { docType: 'kontoauszug', text, fields, state: null, einspruchsfristEnd: null, subject };
}

function spendenbescheinigung(ctx: GenContext): GeneratedDoc {
  const { rng } = ctx;
  const office = rng.pick(ctx.offices);
  const subject = makeSubject(rng, office, rng.chance(0.7) ? 'person' : 'company');
  const date = randomDate(rng, 2024, 2026);
  const year = Number(date.slice(0, 4)) - (rng.chance(0.7) ? 1 : 0);
  const charityOffice = rng.pick(ctx.offices);
  const charityStnr = steuernummerFor(rng, charityOffice).printed;
  const collective = rng.chance(0.3);
  const donations = collective
    ? Array.from({ length: rng.int(2, 5) }, () => money(rng, 10, 500))
    : [money(rng, 10, 2000)];
  const total = Math.round(donations.reduce((a, b) => a + b, 0) * 100) / 100;
  const place = rng.pick(['Leipzig', 'Kassel', 'Bonn', 'Ulm']);
  const donor = `${subject.party.name}, ${subject.street}, ${subject.postalCode} ${subject.city}`;
  const lines = [
    rng.pick([
      'Förderverein der Grundschule am Park e.V.',
      'Tierschutzverein Rhein-Ahr e.V.',
      'Sportfreunde Eintracht e.V.',
    ]),
    'Aussteller (Bezeichnung und Anschrift der steuerbegünstigten Einrichtung)',
    '',
    collective
      ? 'Sammelbestätigung über Geldzuwendungen/Mitgliedsbeiträge'
      : 'Bestätigung über Geldzuwendungen/Mitgliedsbeitrag',
    'im Sinne des § 10b des Einkommensteuergesetzes an eine der in § 5 Abs. 1 Nr. 9 des Körperschaftsteuergesetzes',
    'bezeichneten Körperschaften, Personenvereinigungen oder Vermögensmassen',
    '',
  ];
  if (rng.chance(0.5)) lines.push(row(rng, 'Name und Anschrift des Zuwendenden', donor, 40));
  else lines.push('Name und Anschrift des Zuwendenden', donor);
  if (collective) {
    lines.push(row(rng, 'Gesamtbetrag der Zuwendung', formatAmount(rng, total), 40));
    lines.push(row(rng, 'Zeitraum der Sammelbestätigung', `01.01.${year} - 31.12.${year}`, 40));
    lines.push('Datum der Zuwendung     Art der Zuwendung     Betrag');
    for (const d of donations)
      lines.push(
        `${numericDate(`${year}-0${rng.int(1, 9)}-1${rng.int(0, 8)}`)}     Geldzuwendung     ${formatAmount(rng, d)}`,
      );
  } else {
    lines.push(
      row(
        rng,
        rng.pick([
          'Betrag der Zuwendung in Ziffern',
          'Betrag der Zuwendung',
          'Wert der Zuwendung in Ziffern',
        ]),
        formatAmount(rng, total),
        40,
      ),
    );
    lines.push(row(rng, 'Tag der Zuwendung', numericDate(`${year}-0${rng.int(1, 9)}-1${rng.int(0, 8)}`), 40));
  }
  lines.push(
    'Es handelt sich nicht um den Verzicht auf Erstattung von Aufwendungen.',
    `Wir sind wegen Förderung gemeinnütziger Zwecke nach dem Freistellungsbescheid des ${printedOfficeName(charityOffice)}, StNr.`,
    `${charityStnr}, vom ${numericDate(addDaysIso(date, -500))} nach § 5 Abs. 1 Nr. 9 KStG von der Körperschaftsteuer befreit.`,
    '',
    `${place}, ${rng.chance(0.3) ? 'den ' : ''}${formatDate(rng, date, rng.chance(0.8) ? 'numeric' : 'long')}`,
    '(Unterschrift des Zuwendungsempfängers)',
  );
  const fields = emptyFields();
  Object.assign(fields, { documentDate: date, taxYear: year, amount: total });
  return {
    docType: 'spendenbescheinigung',
    text: lines.join('\n'),
    fields,
    state: null,
    einspruchsfristEnd: null,
    subject,
  };
}

function lohnsteuerbescheinigung(ctx: GenContext): GeneratedDoc {
  const { rng } = ctx;
  const office = rng.pick(ctx.offices);
  const subject = makeSubject(rng, office, 'person');
  const year = rng.int(2023, 2025);
  const date = `${year + 1}-0${rng.int(1, 2)}-${String(rng.int(10, 28))}`;
  const brutto = money(rng, 12000, 120000);
  const employer = company(rng);
  const employerStnr = steuernummerFor(rng, office).printed;
  const p = subject.party.kind === 'person' ? subject.party : person(rng);
  const text = renderLetter(
    rng,
    {
      letterhead: [
        `Ausdruck der elektronischen Lohnsteuerbescheinigung für ${year}`,
        'Nachstehende Daten wurden maschinell an die Finanzverwaltung übermittelt.',
      ],
      recipient: [`${p.firstName} ${p.lastName}`, subject.street, `${subject.postalCode} ${subject.city}`],
      info: [
        { label: 'Datum', value: numericDate(date) },
        { label: 'Personalnummer', value: rng.digits(5) },
        {
          label: 'Geburtsdatum',
          value: numericDate(`19${rng.int(50, 99)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`),
        },
        { label: rng.pick(['Identifikationsnummer', 'IdNr.']), value: subject.steuerId ?? '' },
        { label: 'Steuerklasse/Faktor', value: String(rng.int(1, 5)) },
      ],
      body: [
        row(rng, '1. Dauer des Dienstverhältnisses', `01.01.–31.12.${year}`, 70),
        row(rng, '3. Bruttoarbeitslohn einschl. Sachbezüge', formatAmount(rng, brutto), 70),
        row(rng, '4. Einbehaltene Lohnsteuer von 3.', formatAmount(rng, Math.round(brutto * 0.18)), 70),
        row(
          rng,
          '22. Arbeitgeberanteil a) zur gesetzlichen Rentenversicherung',
          formatAmount(rng, Math.round(brutto * 0.093)),
          70,
        ),
        '',
        `Finanzamt, an das die Lohnsteuer abgeführt wurde: ${printedOfficeName(office)} (${office.bufa})`,
        `Anschrift und Steuernummer des Arbeitgebers: ${employer.name}, Am Hafen 2, ${employerStnr}`,
      ],
      footer: [],
    },
    rng.pick(['two-column', 'stacked'] as const),
  );
  const fields = emptyFields();
  Object.assign(fields, {
    steuerId: subject.steuerId ?? null,
    documentDate: date,
    taxYear: year,
    finanzamt: printedOfficeName(office),
    amount: brutto,
  });
  return { docType: 'lohnsteuerbescheinigung', text, fields, state: null, einspruchsfristEnd: null, subject };
}

function vollmacht(ctx: GenContext): GeneratedDoc {
  const { rng } = ctx;
  const office = rng.pick(ctx.offices);
  const subject = makeSubject(rng, office, rng.chance(0.7) ? 'person' : 'company');
  const date = randomDate(rng, 2024, 2026);
  const gap = '     ';
  const withId = subject.steuerId !== undefined && rng.chance(0.7);
  const lines = [
    rng.pick([
      'Vollmacht für Steuerberaterinnen und Steuerberater',
      'Vollmacht zur Vertretung in Steuersachen',
      'Steuerberatungsvollmacht',
    ]),
    '',
    'Vollmachtgeber/in',
    `Name, Vorname / Firma${gap}${subject.party.kind === 'person' ? `${subject.party.lastName}, ${subject.party.firstName}` : subject.party.name}`,
    `Anschrift${gap}${subject.street}, ${subject.postalCode} ${subject.city}`,
    `Steuernummer${gap}${subject.stnr.printed}`,
    ...(withId ? [`Identifikationsnummer${gap}${subject.steuerId}`] : []),
    '',
    'Bevollmächtigte/r',
    `Name${gap}${ctx.kanzlei.name}`,
    `Anschrift${gap}${ctx.kanzlei.street}, ${ctx.kanzlei.place}`,
    `Steuernummer der Kanzlei${gap}${ctx.kanzlei.stnr}`,
    '',
    'Die Vollmacht berechtigt zur Vertretung in allen Steuerangelegenheiten (§ 80 AO). Sie gilt bis auf Widerruf.',
    '',
    `${subject.city}, ${rng.chance(0.5) ? 'den ' : ''}${formatDate(rng, date, 'numeric')}`,
    '______________________________',
    'Unterschrift Vollmachtgeber/in',
  ];
  const fields = emptyFields();
  Object.assign(fields, {
    steuernummer: subject.stnr.printed,
    steuerId: withId ? (subject.steuerId ?? null) : null,
    documentDate: date,
  });
  return {
    docType: 'vollmacht',
    text: lines.join('\n'),
    fields,
    state: null,
    einspruchsfristEnd: null,
    subject,
  };
}

function vertrag(ctx: GenContext): GeneratedDoc {
  const { rng } = ctx;
  const office = rng.pick(ctx.offices);
  const subject = makeSubject(rng, office, rng.chance(0.6) ? 'person' : 'company');
  const date = randomDate(rng, 2024, 2026);
  const kind = ctx.client
    ? rng.pick(['Steuerberatungsvertrag', 'Gewerbemietvertrag', 'Darlehensvertrag', 'Arbeitsvertrag'])
    : 'Steuerberatungsvertrag';
  const roles: Record<string, [string, string]> = {
    Steuerberatungsvertrag: ['Auftraggeber', 'Steuerberater'],
    Gewerbemietvertrag: ['Mieter', 'Vermieter'],
    Darlehensvertrag: ['Darlehensnehmer', 'Darlehensgeber'],
    Arbeitsvertrag: ['Arbeitnehmer', 'Arbeitgeber'],
  };
  const [subjectRole, otherRole] = roles[kind] ?? ['Partei', 'Partei'];
  const other =
    kind === 'Steuerberatungsvertrag'
      ? `${ctx.kanzlei.name}, ${ctx.kanzlei.street}, ${ctx.kanzlei.place}`
      : `${person(rng).name}, Am Stadtgarten ${rng.int(1, 50)}, ${rng.digits(5)} Altdorf`;
  const mine = `${subject.party.name}, ${subject.street}, ${subject.postalCode} ${subject.city}`;
  const subjectFirst = rng.chance(0.5);
  const party = (text: string, role: string): string[] =>
    rng.chance(0.5) ? [`${text} – ${role} –`] : [text, `– ${role} –`];
  const lines = [
    kind,
    '',
    'zwischen',
    ...(subjectFirst ? party(mine, subjectRole) : party(other, otherRole)),
    'und',
    ...(subjectFirst ? party(other, otherRole) : party(mine, subjectRole)),
    '',
    '§ 1 Gegenstand',
    'Gegenstand dieses Vertrags ist die vereinbarte Leistung.',
    '§ 2 Vergütung',
    `Die monatliche Vergütung beträgt ${formatAmount(rng, money(rng, 200, 5000))}.`,
    '',
    `${rng.pick(['Karlsruhe', 'Mainz', 'Kiel'])}, ${formatDate(rng, date, 'numeric')}`,
    '____________________          ____________________',
  ];
  const fields = emptyFields();
  fields.documentDate = date;
  return {
    docType: 'vertrag',
    text: lines.join('\n'),
    fields,
    state: null,
    einspruchsfristEnd: null,
    subject,
  };
}

const courtSeats: Record<string, string> = {
  BW: 'Stuttgart',
  BY: 'München',
  BE: 'Cottbus',
  BB: 'Cottbus',
  HB: 'Bremen',
  HH: 'Hamburg',
  HE: 'Kassel',
  MV: 'Greifswald',
  NI: 'Hannover',
  NW: 'Münster',
  RP: 'Neustadt an der Weinstraße',
  SL: 'Saarbrücken',
  SN: 'Leipzig',
  ST: 'Dessau-Roßlau',
  SH: 'Kiel',
  TH: 'Gotha',
};

const finanzgerichte: Record<string, string> = {
  BW: 'Finanzgericht Baden-Württemberg',
  BY: 'Finanzgericht München',
  BE: 'Finanzgericht Berlin-Brandenburg',
  BB: 'Finanzgericht Berlin-Brandenburg',
  HB: 'Finanzgericht Bremen',
  HH: 'Finanzgericht Hamburg',
  HE: 'Hessisches Finanzgericht',
  MV: 'Finanzgericht Mecklenburg-Vorpommern',
  NI: 'Niedersächsisches Finanzgericht',
  NW: 'Finanzgericht Münster',
  RP: 'Finanzgericht Rheinland-Pfalz',
  SL: 'Finanzgericht des Saarlandes',
  SN: 'Sächsisches Finanzgericht',
  ST: 'Finanzgericht des Landes Sachsen-Anhalt',
  SH: 'Schleswig-Holsteinisches Finanzgericht',
  TH: 'Thüringer Finanzgericht',
};

function gericht(ctx: GenContext): GeneratedDoc {
  const { rng } = ctx;
  const office = rng.pick(ctx.offices);
  const subject = makeSubject(rng, office, rng.chance(0.7) ? 'person' : 'company');
  const date = randomDate(rng, 2024, 2026);
  const year = Number(date.slice(0, 4)) - rng.int(3, 6);
  const court = finanzgerichte[office.land] ?? 'Finanzgericht Münster';
  const signed = rng.chance(0.5);
  const lines = [
    court.toUpperCase(),
    `Az.: ${rng.int(1, 15)} K ${rng.int(100, 999)}/${String(year + 2).slice(2)}`,
    '',
    'Im Namen des Volkes',
    rng.pick(['Urteil', 'Gerichtsbescheid', 'Beschluss']),
    rng.pick(['In dem Finanzrechtsstreit', 'In dem Rechtsstreit', 'In dem Verfahren']),
    '',
    `${subject.party.name}, ${subject.street}, ${subject.postalCode} ${subject.city},`,
    rng.pick(['– Kläger –', '– Klägerin –', '– Kläger/in –', '– Antragsteller –']),
    '',
    `Prozessbevollmächtigte: ${ctx.kanzlei.name}, ${ctx.kanzlei.street}, ${ctx.kanzlei.place}`,
    '',
    'gegen',
    '',
    `${printedOfficeName(office)}, ${office.street ?? 'Amtsstraße 1'}, ${office.postalCode} ${office.city},`,
    '– Beklagter –',
    '',
    `wegen Einkommensteuer ${year}`,
    ...(signed ? [] : [`Verkündet am ${numericDate(date)}`]),
    `hat der ${rng.int(1, 15)}. Senat aufgrund der mündlichen Verhandlung vom ${numericDate(addDaysIso(date, -20))} für Recht erkannt:`,
    'Die Klage wird abgewiesen. Die Kosten des Verfahrens trägt der Kläger.',
    'Tatbestand',
    'Die Beteiligten streiten über Werbungskosten.',
    ...(signed ? [`${courtSeats[office.land] ?? 'Münster'}, den ${numericDate(date)}`] : []),
  ];
  // The joint Finanzgericht Berlin-Brandenburg counts for the Land of the defendant office.
  const courtLand = office.land;
  const fields = emptyFields();
  Object.assign(fields, { documentDate: date, taxYear: year, finanzamt: printedOfficeName(office) });
  return {
    docType: 'gericht',
    text: lines.join('\n'),
    fields,
    state: courtLand,
    einspruchsfristEnd: null,
    subject,
  };
}

function sonstiges(ctx: GenContext): GeneratedDoc {
  const { rng } = ctx;
  const office = rng.pick(ctx.offices);
  const subject = makeSubject(rng, office, rng.chance(0.6) ? 'person' : 'company');
  const date = randomDate(rng, 2024, 2026);
  const fields = emptyFields();
  if (rng.chance(0.65)) {
    const year = Number(date.slice(0, 4)) - 1;
    if (rng.chance(0.25)) {
      const head = faLetterhead(rng, office);
      const recipient = recipientLines(rng, subject);
      const text = renderLetter(
        rng,
        {
          letterhead: head.letterhead,
          senderLine: head.senderLine,
          anrede: recipient.anrede,
          recipient: recipient.lines,
          info: [{ label: 'Datum', value: formatDate(rng, date) }],
          body: [
            'Mitteilung über die Erteilung einer Steuernummer',
            '',
            `für Ihre Tätigkeit wurde die Steuernummer ${subject.stnr.printed} vergeben.`,
            'Bitte geben Sie diese bei allen Schreiben an das Finanzamt an.',
          ],
          footer: head.footer,
        },
        rng.pick(styles),
      );
      Object.assign(fields, {
        steuernummer: subject.stnr.printed,
        documentDate: date,
        finanzamt: printedOfficeName(office),
      });
      return { docType: 'sonstiges', text, fields, state: office.land, einspruchsfristEnd: null, subject };
    }
    const kind = rng.pick([
      [
        `Einkommensteuererklärung ${year} – Rückfrage`,
        `zur Bearbeitung Ihrer Einkommensteuererklärung für ${year} benötige ich noch folgende Unterlagen:`,
      ],
      [
        `Erinnerung an die Abgabe der Umsatzsteuererklärung ${year}`,
        `Ihre Umsatzsteuererklärung für ${year} liegt mir noch nicht vor.`,
      ],
      [
        `Anfrage zur Einkommensteuer ${year}`,
        `bitte erläutern Sie die Angaben in Ihrer Einkommensteuererklärung ${year}.`,
      ],
    ]);
    const body = [
      kind[0] ?? '',
      '',
      'Sehr geehrte Damen und Herren,',
      kind[1] ?? '',
      `Bitte reichen Sie die Unterlagen bis zum ${numericDate(addDaysIso(date, 14))} ein.`,
      '',
      'Mit freundlichen Grüßen',
      'Im Auftrag',
    ];
    const head = faLetterhead(rng, office);
    const recipient = recipientLines(rng, subject);
    const text = renderLetter(
      rng,
      {
        letterhead: head.letterhead,
        senderLine: head.senderLine,
        anrede: recipient.anrede,
        recipient: recipient.lines,
        info: infoFields(rng, subject, date, false, subject.stnr.printed),
        body,
        footer: head.footer,
      },
      rng.pick(styles),
    );
    Object.assign(fields, {
      steuernummer: subject.stnr.printed,
      documentDate: date,
      taxYear: year,
      finanzamt: printedOfficeName(office),
    });
    return { docType: 'sonstiges', text, fields, state: office.land, einspruchsfristEnd: null, subject };
  }
  if (subject.party.kind === 'company' && rng.chance(0.4)) {
    const hrb = `HRB ${rng.int(1000, 99999)}`;
    const lines = [
      `Amtsgericht ${office.city ?? 'Köln'}`,
      'Handelsregister Abteilung B',
      `Abruf vom ${numericDate(date)} ${rng.int(8, 18)}:${rng.int(10, 59)}`,
      '',
      'Aktueller Ausdruck',
      `Nummer der Eintragung: ${hrb}`,
      row(rng, 'a) Firma:', subject.party.name, 30),
      row(
        rng,
        'b) Sitz, Niederlassung, Geschäftsanschrift:',
        `${subject.city}, ${subject.street}, ${subject.postalCode} ${subject.city}`,
        50,
      ),
      row(rng, 'c) Gegenstand des Unternehmens:', 'Handel mit Waren aller Art', 30),
      row(rng, 'Stammkapital:', formatAmount(rng, 25000), 30),
    ];
    fields.documentDate = date;
    return {
      docType: 'sonstiges',
      text: lines.join('\n'),
      fields,
      state: office.land,
      einspruchsfristEnd: null,
      subject,
    };
  }
  const weekday = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'][
    new Date(`${date}T12:00:00Z`).getUTCDay()
  ];
  const lines = [
    `Von: ${subject.party.name} <${subject.email}>`,
    `Gesendet: ${weekday}, ${formatDate(rng, date, 'long')} ${rng.int(8, 18)}:${rng.int(10, 59)}`,
    `An: ${ctx.kanzlei.name} <kanzlei@example.de>`,
    `Betreff: ${rng.pick(['Unterlagen', 'Rückfrage zu meinen Belegen', 'Termin nächste Woche'])}`,
    '',
    'Sehr geehrte Damen und Herren,',
    'anbei sende ich Ihnen die angeforderten Unterlagen.',
    'Mit freundlichen Grüßen',
    subject.party.name,
  ];
  fields.documentDate = date;
  return {
    docType: 'sonstiges',
    text: lines.join('\n'),
    fields,
    state: null,
    einspruchsfristEnd: null,
    subject,
  };
}

export const generators: Record<DocType, (ctx: GenContext) => GeneratedDoc> = {
  est_bescheid: (ctx) => annualBescheid(ctx, 'est_bescheid'),
  kst_bescheid: (ctx) => annualBescheid(ctx, 'kst_bescheid'),
  ust_bescheid: (ctx) => annualBescheid(ctx, 'ust_bescheid'),
  gewst_bescheid: (ctx) =>
    ctx.rng.chance(0.2) ? municipalGewst(ctx) : annualBescheid(ctx, 'gewst_bescheid'),
  vorauszahlung_bescheid: (ctx) => (ctx.rng.chance(0.2) ? municipalVorauszahlung(ctx) : vorauszahlung(ctx)),
  pruefungsanordnung,
  mahnung,
  rechnung,
  kontoauszug,
  spendenbescheinigung,
  lohnsteuerbescheinigung,
  vollmacht,
  vertrag,
  gericht,
  sonstiges,
};
