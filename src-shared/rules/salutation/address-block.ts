import { detectLegalForm } from '../legal-forms';
import { addressAnrede, isGendered, joinWords, nameParts, personAddressLines } from './person-name';
import type { AddressBlock, AddressBlockOptions, PersonName, PostalAddress, Recipient } from './types';

const remarkZoneLines = 3;
const addressZoneLines = 6;
const defaultMaxLineLength = 35;

const domesticCountries = new Set([
  '',
  'de',
  'deu',
  'd',
  'deutschland',
  'germany',
  'brd',
  'bundesrepublik deutschland',
]);

const isDomestic = (country: string | undefined): boolean =>
  domesticCountries.has((country ?? '').trim().toLowerCase());

function nameLines(recipient: Recipient, ownLine: boolean, opts: AddressBlockOptions): string[] {
  const max = opts.maxLineLength ?? defaultMaxLineLength;
  switch (recipient.kind) {
    case 'person':
      return personAddressLines(recipient, ownLine, max);
    case 'couple':
      return coupleLines(recipient.partners, recipient.style ?? 'auto', ownLine, max);
    case 'family':
      return ownLine ? ['Familie', recipient.lastName.trim()] : [`Familie ${recipient.lastName.trim()}`];
    case 'company':
    case 'organisation': {
      // "Firma" only where the name does not already show it is a company (sole traders).
      const firma =
        recipient.showFirma ??
        (recipient.kind === 'company' && detectLegalForm(recipient.name) === undefined);
      const company = [
        firma ? 'Firma' : '',
        recipient.name,
        recipient.nameLine2 ?? '',
        recipient.department ?? '',
      ]
        .map((line) => line.trim())
        .filter((line) => line !== '');
      // "z. Hd." is obsolete; the contact person gets a line of their own with the Anrede in it.
      const contact = recipient.contact ? personAddressLines(recipient.contact, false, max) : [];
      return opts.contactFirst ? [...contact, ...company] : [...company, ...contact];
    }
  }
}

function coupleLines(
  partners: readonly [PersonName, PersonName],
  style: 'auto' | 'eheleute',
  ownLine: boolean,
  max: number,
): string[] {
  const [first, second] = partners;
  const sameName = first.lastName.trim() === second.lastName.trim();
  const givenWithTitles = (person: PersonName): string =>
    joinWords(nameParts({ ...person, lastName: '', postNominal: undefined }).name('abbreviated'));
  if (
    sameName &&
    ownLine &&
    (style === 'eheleute' || (isGendered(first.anrede) && isGendered(second.anrede)))
  ) {
    const heading =
      style === 'eheleute'
        ? 'Eheleute'
        : `${addressAnrede(first.anrede)} und ${addressAnrede(second.anrede)}`;
    return [heading, `${givenWithTitles(first)} und ${givenWithTitles(second)} ${first.lastName.trim()}`];
  }
  return [...personAddressLines(first, false, max), ...personAddressLines(second, false, max)];
}

function placeLines(address: PostalAddress): string[] {
  const usePoBox = (address.poBox ?? '').trim() !== '';
  // No country prefix such as "D-" before the postal code (DIN 5008).
  const rawCode = (usePoBox ? address.poBoxPostalCode : undefined) ?? address.postalCode;
  const postalCode = rawCode.trim().replace(/^[A-Z]{1,3}-(?=\d)/i, '');
  const domestic = isDomestic(address.country);
  const city = domestic ? address.city.trim() : address.city.trim().toLocaleUpperCase('de-DE');
  return [
    (address.supplement ?? '').trim(),
    usePoBox ? `Postfach ${(address.poBox ?? '').trim()}` : (address.street ?? '').trim(),
    joinWords(postalCode, city),
    domestic ? '' : (address.country ?? '').trim().toLocaleUpperCase('de-DE'),
  ].filter((line) => line !== '');
}

/**
 * The Anschriftfeld per DIN 5008: recipient lines, optional supplement, street or Postfach, postal code and
 * city, and for foreign addresses the country in capitals. A single recipient's Anrede stands on its own
 * line; contact persons and partners carry it in the name line (DIN 5008 allows both).
 */
export function buildAddressBlock(
  recipient: Recipient,
  address: PostalAddress,
  opts: AddressBlockOptions = {},
): AddressBlock {
  const place = placeLines(address);
  const addressLines = [...nameLines(recipient, true, opts), ...place];

  const remarkLines = (opts.remarks ?? []).map((line) => line.trim()).filter((line) => line !== '');
  const warnings: AddressBlock['warnings'] = [];
  if (addressLines.length > addressZoneLines) {
    warnings.push({
      code: 'too-many-address-lines',
      message: `Die Anschrift hat ${addressLines.length} Zeilen; im Anschriftfeld ist Platz für ${addressZoneLines}.`,
    });
  }
  if (remarkLines.length > remarkZoneLines) {
    warnings.push({
      code: 'too-many-remark-lines',
      message: `Für Vermerke wie „Einschreiben“ ist Platz für ${remarkZoneLines} Zeilen, angegeben sind ${remarkLines.length}.`,
    });
  }

  const remarkZone = [
    ...Array<string>(Math.max(0, remarkZoneLines - remarkLines.length)).fill(''),
    ...remarkLines,
  ];
  const addressZone = [
    ...addressLines,
    ...Array<string>(Math.max(0, addressZoneLines - addressLines.length)).fill(''),
  ];
  return { remarkLines, addressLines, fieldLines: [...remarkZone, ...addressZone], warnings };
}
