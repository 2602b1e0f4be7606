import type { ClientDraft } from '../../../../src-shared/clients/client-input';
import { normalizeClient } from '../../../../src-shared/clients/normalize-client';
import { transliterateGerman } from '../../../../src-shared/clients/text';
import { todayIso } from '../../clock';
import { nextClientNumber } from '../clients/client-number';
import { ClientWriter } from '../clients/client-writer';
import type { Actor, ServiceDeps } from '../deps';
import { finanzamtDirectory, type FinanzamtDirectoryService } from '../finanzamt/finanzamt-directory';
import { mutate } from '../mutation';
import {
  cities,
  companyForms,
  companyTrades,
  companyWords,
  firstNames,
  lastNames,
  mailProviders,
  streets,
  tagsPool,
} from './synthetic-data';
import {
  lcg,
  pick,
  syntheticIban,
  syntheticSteuerId,
  syntheticSteuernummer,
  syntheticUstIdNr,
  type Rand,
} from './synthetic-identifiers';

const ascii = (text: string): string =>
  transliterateGerman(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '');

const phone = (rand: Rand, areaCode: string) => `${areaCode} ${1_000_000 + rand(8_999_999)}`;
const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * A realistic client: an address in a real city, a Steuernummer of a Finanzamt in that Land with a
 * valid check digit, a Steuer-ID or USt-IdNr and an IBAN with valid check digits (numbers random,
 * so they belong to nobody), companies with legal form, register entry and Ansprechpartner.
 */
export function syntheticClientDraft(rand: Rand, directory: FinanzamtDirectoryService): ClientDraft {
  const place = pick(rand, cities);
  const offices = directory.lookup.inLand(place.land);
  const office = pick(rand, offices);
  const address = {
    street: `${pick(rand, streets)} ${1 + rand(140)}`,
    postalCode: place.postalCode,
    city: place.city,
  };
  const taxNumbers = office ? [{ value: syntheticSteuernummer(rand, office), land: place.land }] : [];
  const bankAccounts = [{ iban: syntheticIban(rand) }];
  const tags = rand(4) === 0 ? [pick(rand, tagsPool)] : [];
  const status =
    rand(25) === 0 ? ('inaktiv' as const) : rand(60) === 0 ? ('ehemalig' as const) : ('aktiv' as const);
  const [firstName, salutation] = pick(rand, firstNames);
  const lastName = pick(rand, lastNames);
  if (rand(3) === 0) {
    const [legalForm, suffix] = pick(rand, companyForms);
    const companyName = `${pick(rand, companyWords)} ${pick(rand, companyTrades)} ${suffix}`;
    const registered = !['gbr'].includes(legalForm);
    const domain = `${ascii(companyName.split(' ')[0] ?? 'firma')}-${ascii(place.city).slice(0, 8)}.example`;
    return {
      kind: 'company',
      companyName,
      legalForm,
      status,
      tags,
      address,
      email: `info@${domain}`,
      phone: phone(rand, place.areaCode),
      ...(registered ? { registerCourt: place.court, registerNumber: String(1_000 + rand(250_000)) } : {}),
      ...(legalForm !== 'ev' ? { ustIdNr: syntheticUstIdNr(rand) } : {}),
      contacts: [
        {
          salutation,
          firstName,
          lastName,
          role: salutation === 'frau' ? 'Geschäftsführerin' : 'Geschäftsführer',
          email: `${ascii(firstName)}.${ascii(lastName)}@${domain}`,
        },
      ],
      taxNumbers,
      bankAccounts,
      finanzamtLand: place.land,
    };
  }
  const year = 1940 + rand(66);
  return {
    kind: 'person',
    salutation,
    ...(rand(20) === 0 ? { title: 'Dr.' } : {}),
    firstName,
    lastName,
    birthDate: `${year}-${twoDigits(1 + rand(12))}-${twoDigits(1 + rand(28))}`,
    steuerId: syntheticSteuerId(rand),
    ...(rand(10) === 0 ? { ustIdNr: syntheticUstIdNr(rand) } : {}),
    status,
    tags,
    address,
    email: `${ascii(firstName)}.${ascii(lastName)}${rand(100)}@${pick(rand, mailProviders)}`,
    ...(rand(2) === 0
      ? { phone: phone(rand, place.areaCode) }
      : { mobile: `01${5 + rand(3)}${rand(10)} ${1_000_000 + rand(8_999_999)}` }),
    taxNumbers,
    bankAccounts,
    finanzamtLand: place.land,
  };
}

/**
 * Many synthetic clients in one transaction through the client writer (prepared statements, search
 * index and sort keys included); one audit record names the bulk operation and its number range.
 */
export function seedSyntheticClients(
  deps: ServiceDeps,
  actor: Actor,
  count: number,
  seed = 1,
): { created: number; first: string; last: string } {
  const rand = lcg(seed);
  const directory = finanzamtDirectory(deps);
  const ctx = { today: todayIso(deps.clock), knownBufa: directory.lookup.has };
  return mutate(deps, actor, ({ tx, now, audit }) => {
    const start = Number(nextClientNumber(tx));
    const writer = new ClientWriter(deps.sqlite);
    for (let i = 0; i < count; i++) {
      const result = normalizeClient(syntheticClientDraft(rand, directory), ctx);
      if (!result.ok) throw new Error(`Synthetic client invalid: ${JSON.stringify(result.errors)}`);
      writer.insert({ ...result.value, clientNumber: String(start + i) }, now);
    }
    const range = { created: count, first: String(start), last: String(start + count - 1) };
    audit({
      action: 'client.bulk_seed',
      entityType: 'client',
      entityId: `${range.first}-${range.last}`,
      after: range,
    });
    return range;
  });
}
