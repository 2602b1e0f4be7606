import {
  addressAnrede,
  buildAddressBlock,
  buildBriefanrede,
  fullName,
  type Anrede,
  type PersonName,
  type Recipient,
} from '../rules/salutation';
import type { BuildContext } from './base-values';
import { formatDatum, formatDatumLang, formatDatumWochentag, readDate } from './format/date';
import { joinNonEmpty } from './format/text';
import { bescheidName } from './labels';
import { isEmptyValue, type FlatValues } from './render-values';

const anredeWord = (anrede: Anrede): string => (anrede === 'herr' ? 'Herr' : anrede === 'frau' ? 'Frau' : '');

/**
 * Phase 3: values built from other values (names, address block, Briefanrede, dates, conditions).
 * They are built after the user's overrides of the plain values, so a Nachname or Straße typed in for
 * one document shows up in the address block and the greeting too.
 */
export function addCompositeValues(values: FlatValues, ctx: BuildContext): void {
  const text = (key: string): string => {
    const value = values.get(key);
    return typeof value === 'string' ? value : '';
  };
  const setText = (key: string, value: string) => values.set(key, value);

  // Mandant and Ansprechpartner: names, address block and greeting through the shared DIN 5008 rules.
  const contact: PersonName | undefined = ctx.hasContact
    ? {
        anrede: ctx.contactAnrede,
        title: text('ansprechpartner.titel'),
        firstName: text('ansprechpartner.vorname'),
        lastName: text('ansprechpartner.nachname'),
      }
    : undefined;
  const person: PersonName = {
    anrede: ctx.anrede,
    title: text('mandant.titel'),
    postNominal: ctx.postNominal,
    jobTitle: ctx.jobTitle,
    firstName: text('mandant.vorname'),
    lastName: text('mandant.nachname'),
  };
  const recipient: Recipient =
    ctx.recipientKind === 'person'
      ? { kind: 'person', ...person }
      : { kind: ctx.recipientKind, name: text('mandant.firma'), ...(contact ? { contact } : {}) };
  const name = ctx.kind === 'person' ? fullName(person) : text('mandant.firma');
  const hasName = ctx.kind === 'person' ? person.lastName.trim() !== '' : name !== '';
  const block = buildAddressBlock(recipient, {
    street: text('mandant.strasse'),
    poBox: text('mandant.postfach'),
    postalCode: text('mandant.plz'),
    city: text('mandant.ort'),
    country: text('mandant.land'),
  });
  setText('mandant.name', name);
  setText('mandant.anrede', ctx.kind === 'person' ? anredeWord(ctx.anrede) : '');
  setText('mandant.anredeAnschrift', ctx.kind === 'person' ? addressAnrede(ctx.anrede) : '');
  setText('mandant.anschrift', hasName ? block.addressLines.join('\n') : '');
  setText(
    'mandant.anschriftEinzeilig',
    joinNonEmpty(
      ', ',
      text('mandant.postfach') ? `Postfach ${text('mandant.postfach')}` : text('mandant.strasse'),
      joinNonEmpty(' ', text('mandant.plz'), text('mandant.ort')),
      text('mandant.land'),
    ),
  );
  const greeting = buildBriefanrede(recipient, { informal: ctx.informal });
  setText('mandant.briefanrede', ctx.letterSalutation || (hasName || ctx.hasContact ? greeting : ''));
  setText('mandant.grussformel', ctx.informal ? 'Viele Grüße' : 'Mit freundlichen Grüßen');
  if (text('mandant.iban') !== '' && text('mandant.kontoinhaber') === '')
    setText('mandant.kontoinhaber', name);

  setText('ansprechpartner.name', contact ? fullName(contact) : '');
  setText('ansprechpartner.anrede', contact ? anredeWord(contact.anrede) : '');
  setText(
    'ansprechpartner.briefanrede',
    contact ? buildBriefanrede({ kind: 'person', ...contact }, { informal: ctx.informal }) : '',
  );

  setText('berater.signatur', joinNonEmpty('\n', text('berater.name'), text('berater.berufsbezeichnung')));

  const kanzleiPlace = joinNonEmpty(' ', text('kanzlei.plz'), text('kanzlei.ort'));
  setText('kanzlei.anschrift', joinNonEmpty(', ', text('kanzlei.strasse'), kanzleiPlace));
  setText(
    'kanzlei.anschriftBlock',
    joinNonEmpty('\n', text('kanzlei.name'), text('kanzlei.strasse'), kanzleiPlace),
  );
  setText(
    'kanzlei.ruecksendeangabe',
    joinNonEmpty(' · ', text('kanzlei.name'), text('kanzlei.strasse'), kanzleiPlace),
  );

  setText(
    'kanzlei.kontaktzeile',
    joinNonEmpty(
      ' · ',
      text('kanzlei.telefon') && `Telefon ${text('kanzlei.telefon')}`,
      text('kanzlei.fax') && `Fax ${text('kanzlei.fax')}`,
      text('kanzlei.email'),
      text('kanzlei.website'),
    ),
  );

  const finanzamtName = text('finanzamt.name');
  const finanzamt: Recipient = { kind: 'organisation', name: finanzamtName };
  const finanzamtAddress = {
    street: text('finanzamt.strasse'),
    postalCode: text('finanzamt.plz'),
    city: text('finanzamt.ort'),
  };
  setText(
    'finanzamt.anschrift',
    finanzamtName === '' ? '' : buildAddressBlock(finanzamt, finanzamtAddress).addressLines.join('\n'),
  );
  setText('finanzamt.briefanrede', finanzamtName === '' ? '' : buildBriefanrede(finanzamt));

  setText('auftrag.fristLang', formatDatumLang(text('auftrag.frist')));
  const bescheidKind = bescheidName(text('bescheid.steuerart'));
  setText('bescheid.bezeichnung', joinNonEmpty(' ', bescheidKind, bescheidKind ? text('bescheid.jahr') : ''));
  setText('bescheid.datumLang', formatDatumLang(text('bescheid.datum')));
  if (text('bescheid.einspruchsfrist') === '' && ctx.hasBescheid) {
    setText('bescheid.einspruchsfrist', text('auftrag.frist'));
  }

  const today = readDate(text('heute'));
  setText('heute', formatDatum(text('heute')));
  setText('heute_lang', formatDatumLang(text('heute')));
  setText('heute_wochentag', formatDatumWochentag(text('heute')));
  setText('datumszeile', joinNonEmpty(', ', text('kanzlei.ort'), formatDatumLang(text('heute'))));
  setText('jahr', today ? String(today.year) : '');
  setText('vorjahr', today ? String(today.year - 1) : '');
  setText('folgejahr', today ? String(today.year + 1) : '');

  // Conditions follow the final values, so a value typed in for this document switches them too.
  const filled = (key: string) => !isEmptyValue(values.get(key));
  const conditions: Record<string, boolean> = {
    istPerson: ctx.kind === 'person',
    istUnternehmen: ctx.kind === 'company',
    istInformell: ctx.informal,
    hatSteuernummer: filled('mandant.steuernummer'),
    hatUstId: filled('mandant.ustId'),
    hatBankverbindung: filled('mandant.iban'),
    istAuslandsanschrift: filled('mandant.land'),
    hatAnsprechpartner: ctx.hasContact,
    hatFinanzamt: filled('finanzamt.name'),
    hatFrist: filled('auftrag.frist'),
    hatOffeneAuftraege: filled('offeneAuftraege'),
    hatBescheid: ctx.hasBescheid,
    hatUnterlagen: filled('unterlagen'),
    hatAnlagen: filled('eingabe.anlagen'),
    hatBegruendung: filled('eingabe.begruendung'),
  };
  for (const [key, value] of Object.entries(conditions)) values.set(key, value);
}
