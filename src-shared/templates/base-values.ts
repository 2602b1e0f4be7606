import { formatIban } from '../rules/iban';
import { detectLegalForm, getLegalForm, legalForms, type CataloguedLegalForm } from '../rules/legal-forms';
import type { LandCode } from '../rules/land';
import type { Anrede } from '../rules/salutation';
import { formatSteuerId } from '../rules/steuer-id';
import { formatSteuernummer, parseSteuernummer } from '../rules/steuernummer';
import { finanzamtDisplayName } from '../rules/finanzamt';
import { formatCents, formatEuro } from './format/amount';
import { formatDatum } from './format/date';
import { clean, initials } from './format/text';
import { foreignCountry, orderStatusText, periodText, taxTypeCode, taxTypeLabel } from './labels';
import type { RenderInput, TemplateAuftrag, TemplateMandant, TemplateTaxNumber } from './render-input';
import type { FlatValues, LoopItem } from './render-values';

/** What the composite values need besides the printed base values. */
export interface BuildContext {
  kind: 'person' | 'company';
  /** Company or organisation (public-law bodies); decides the recipient kind for the address. */
  recipientKind: 'person' | 'company' | 'organisation';
  anrede: Anrede;
  postNominal: string;
  jobTitle: string;
  informal: boolean;
  letterSalutation: string;
  hasContact: boolean;
  contactAnrede: Anrede;
  hasBescheid: boolean;
}

/**
 * Printed form of a Steuernummer: stored numbers are 13 digits (ELSTER) or 12 (Bundesschema) and get
 * the Land format; a number typed in a Land format is read back to find its ELSTER form.
 */
function printTaxNumber(value: string, land?: LandCode | null): { printed: string; elster: string } {
  const text = clean(value);
  const elster = /^\d{13}$/.test(text)
    ? text
    : /^\d{12}$/.test(text)
      ? `${text.slice(0, 4)}0${text.slice(4)}`
      : undefined;
  if (elster !== undefined) {
    const printed = formatSteuernummer(elster);
    return printed === undefined ? { printed: text, elster: '' } : { printed, elster };
  }
  const parsed = text === '' ? undefined : parseSteuernummer(text, land ? { land } : {});
  return parsed?.ok ? { printed: parsed.printed, elster: parsed.elster13 } : { printed: text, elster: '' };
}

function taxNumberFor(numbers: readonly TemplateTaxNumber[], type?: string): TemplateTaxNumber | undefined {
  const general =
    numbers.find((n) => clean(n.taxType) === 'allgemein' || clean(n.taxType) === '') ?? numbers[0];
  if (type === undefined) return general;
  return numbers.find((n) => clean(n.taxType) === type) ?? general;
}

function legalFormOf(mandant: TemplateMandant): CataloguedLegalForm | undefined {
  const text = clean(mandant.legalForm);
  if (text !== '') {
    const lower = text.toLowerCase();
    return (
      getLegalForm(lower) ??
      legalForms.find(
        (form) => form.abbreviation?.toLowerCase() === lower || form.name.toLowerCase() === lower,
      )
    );
  }
  return mandant.kind === 'company' ? detectLegalForm(clean(mandant.companyName))?.form : undefined;
}

function registerNumber(mandant: TemplateMandant): string {
  const number = clean(mandant.registerNumber);
  const type = clean(mandant.registerType);
  if (number === '' || type === '' || number.toLowerCase().startsWith(type.toLowerCase())) return number;
  return `${type} ${number}`;
}

function steuerId(value: string | null | undefined): string {
  const digits = clean(value).replace(/\s/g, '');
  return /^\d{11}$/.test(digits) ? formatSteuerId(digits) : clean(value);
}

const iban = (value: string | null | undefined): string =>
  clean(value) === '' ? '' : formatIban(clean(value));

function mandantValues(values: FlatValues, mandant: TemplateMandant): CataloguedLegalForm | undefined {
  const person = mandant.kind === 'person';
  const postal = mandant.postalAddress;
  const usePostal =
    postal !== null && postal !== undefined && (clean(postal.poBox) !== '' || clean(postal.street) !== '');
  const address = (usePostal ? postal : mandant.address) ?? {};
  const form = person ? undefined : legalFormOf(mandant);
  const numbers = mandant.taxNumbers ?? [];
  const general = taxNumberFor(numbers);
  const printed = general ? printTaxNumber(general.value, general.land) : { printed: '', elster: '' };
  const byType = (type: string) => {
    const found = taxNumberFor(numbers, type);
    return found ? printTaxNumber(found.value, found.land).printed : '';
  };
  const account = mandant.bankAccounts?.[0];
  const entries: [string, string][] = [
    ['nummer', clean(mandant.clientNumber)],
    ['titel', person ? clean(mandant.title) : ''],
    ['vorname', person ? clean(mandant.firstName) : ''],
    ['nachname', person ? clean(mandant.lastName) : ''],
    ['geburtsname', person ? clean(mandant.birthName) : ''],
    ['geburtsdatum', person ? formatDatum(clean(mandant.birthDate)) : ''],
    ['firma', person ? '' : clean(mandant.companyName)],
    ['rechtsform', form ? (form.abbreviation ?? form.name) : person ? '' : clean(mandant.legalForm)],
    ['rechtsformLang', form ? form.name : person ? '' : clean(mandant.legalForm)],
    ['registergericht', person ? '' : clean(mandant.registerCourt)],
    ['registernummer', person ? '' : registerNumber(mandant)],
    ['strasse', clean(address.street)],
    ['plz', clean(address.postalCode)],
    ['ort', clean(address.city)],
    ['land', foreignCountry(address.country)],
    ['postfach', usePostal ? clean(postal.poBox) : ''],
    ['email', clean(mandant.email)],
    ['telefon', clean(mandant.phone)],
    ['mobil', clean(mandant.mobile)],
    ['steuernummer', printed.printed],
    ['steuernummerElster', printed.elster],
    ['steuernummerEst', byType('est')],
    ['steuernummerUst', byType('ust')],
    ['steuernummerGewst', byType('gewst')],
    ['steuernummerKst', byType('kst')],
    ['steuerId', person ? steuerId(mandant.steuerId) : ''],
    ['ustId', clean(mandant.ustIdNr).replace(/\s/g, '')],
    ['wIdNr', clean(mandant.wIdNr)],
    ['iban', iban(account?.iban)],
    ['bic', clean(account?.bic)],
    ['bank', clean(account?.bankName)],
    ['kontoinhaber', clean(account?.accountHolder)],
    ['sepaMandatsreferenz', clean(account?.sepaMandateRef)],
  ];
  for (const [field, value] of entries) values.set(`mandant.${field}`, value);
  return form;
}

function auftragItem(auftrag: TemplateAuftrag, index: number): LoopItem {
  return {
    nr: String(index + 1),
    titel: clean(auftrag.title),
    art: clean(auftrag.typeName),
    zeitraum: periodText(auftrag.period).label,
    frist: formatDatum(clean(auftrag.dueDate)),
    status: orderStatusText(auftrag.status),
  };
}

function bescheidTaxNumber(input: RenderInput): string {
  const bescheid = input.bescheid;
  if (!bescheid) return '';
  if (clean(bescheid.taxNumber) !== '') return printTaxNumber(clean(bescheid.taxNumber)).printed;
  const found = taxNumberFor(input.mandant.taxNumbers ?? [], taxTypeCode(bescheid.taxType));
  return found ? printTaxNumber(found.value, found.land).printed : '';
}

function bescheidAmount(input: RenderInput): string {
  const bescheid = input.bescheid;
  if (!bescheid) return '';
  if (bescheid.amountCents !== null && bescheid.amountCents !== undefined)
    return formatCents(bescheid.amountCents);
  return formatEuro(bescheid.amount ?? '');
}

/** Phase 1: every value read straight from the input records, printed. */
export function baseValues(input: RenderInput): { values: FlatValues; context: BuildContext } {
  const values: FlatValues = new Map();
  const { mandant, kontakt, berater, kanzlei, finanzamt, auftrag, bescheid, benutzer } = input;
  const form = mandantValues(values, mandant);

  const set = (prefix: string, entries: Record<string, string>) => {
    for (const [field, value] of Object.entries(entries)) values.set(`${prefix}.${field}`, value);
  };
  set('ansprechpartner', {
    titel: clean(kontakt?.title),
    vorname: clean(kontakt?.firstName),
    nachname: clean(kontakt?.lastName),
    funktion: clean(kontakt?.role),
    email: clean(kontakt?.email),
    telefon: clean(kontakt?.phone),
    mobil: clean(kontakt?.mobile),
  });
  set('berater', {
    name: clean(berater?.name),
    berufsbezeichnung: clean(berater?.profession),
    email: clean(berater?.email),
    telefon: clean(berater?.phone),
    beraternummer: clean(berater?.beraterNumber),
    kammer: clean(berater?.kammer),
  });
  set('kanzlei', {
    name: clean(kanzlei?.name),
    strasse: clean(kanzlei?.street),
    plz: clean(kanzlei?.postalCode),
    ort: clean(kanzlei?.city),
    telefon: clean(kanzlei?.phone),
    fax: clean(kanzlei?.fax),
    email: clean(kanzlei?.email),
    website: clean(kanzlei?.website),
    bank: clean(kanzlei?.bankName),
    iban: iban(kanzlei?.iban),
    bic: clean(kanzlei?.bic),
    ustId: clean(kanzlei?.ustId),
    kammer: clean(kanzlei?.kammer),
    fusszeile: clean(kanzlei?.letterFooter),
  });
  set('finanzamt', {
    name: finanzamt ? clean(finanzamtDisplayName(finanzamt)) : '',
    nummer: clean(finanzamt?.bufa),
    strasse: clean(finanzamt?.street),
    plz: clean(finanzamt?.postalCode),
    ort: clean(finanzamt?.city),
    telefon: clean(finanzamt?.phone),
    fax: clean(finanzamt?.fax),
  });
  const period = periodText(auftrag?.period);
  set('auftrag', {
    nummer: clean(auftrag?.id === null || auftrag?.id === undefined ? '' : String(auftrag.id)),
    titel: clean(auftrag?.title),
    art: clean(auftrag?.typeName),
    beschreibung: clean(auftrag?.description),
    zeitraum: period.label,
    jahr: period.year,
    frist: formatDatum(clean(auftrag?.dueDate)),
    status: orderStatusText(auftrag?.status),
  });
  set('bescheid', {
    datum: formatDatum(clean(bescheid?.date)),
    steuerart: taxTypeLabel(bescheid?.taxType),
    jahr: clean(bescheid?.year === null || bescheid?.year === undefined ? '' : String(bescheid.year)),
    steuernummer: bescheidTaxNumber(input),
    aktenzeichen: clean(bescheid?.reference),
    eingang: formatDatum(clean(bescheid?.receivedDate)),
    einspruchsfrist: formatDatum(clean(bescheid?.objectionDeadline)),
    betrag: bescheidAmount(input),
  });
  set('benutzer', {
    name: clean(benutzer?.name),
    kuerzel: clean(benutzer?.initials) || initials(benutzer?.name ?? ''),
    email: clean(benutzer?.email),
    telefon: clean(benutzer?.phone),
  });
  values.set('heute', formatDatum(input.heute));

  values.set('offeneAuftraege', (input.offeneAuftraege ?? []).map(auftragItem));
  values.set(
    'unterlagen',
    (input.unterlagen ?? [])
      .map((entry) => (typeof entry === 'string' ? { bezeichnung: entry } : entry))
      .filter((entry) => clean(entry.bezeichnung) !== '')
      .map((entry, index) => ({
        nr: String(index + 1),
        bezeichnung: clean(entry.bezeichnung),
        hinweis: clean(entry.hinweis),
      })),
  );

  return {
    values,
    context: {
      kind: mandant.kind,
      recipientKind:
        mandant.kind === 'person' ? 'person' : form?.kind === 'organisation' ? 'organisation' : 'company',
      anrede: mandant.salutation ?? 'keine-angabe',
      postNominal: clean(mandant.postNominal),
      jobTitle: clean(mandant.jobTitle),
      informal: mandant.informal === true,
      letterSalutation: clean(mandant.letterSalutation),
      hasContact: kontakt !== null && kontakt !== undefined && clean(kontakt.lastName) !== '',
      contactAnrede: kontakt?.salutation ?? 'keine-angabe',
      hasBescheid: bescheid !== null && bescheid !== undefined,
    },
  };
}
