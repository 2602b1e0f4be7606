import iconv from 'iconv-lite';
import type { Finanzamt } from '../../../src-shared/rules/finanzamt';
import { docTypes, type DocType } from '../../../src-shared/rules/documents';
import type { TruthEntry } from '../truth';
import { generators, type GeneratedDoc } from './documents';
import { steuernummerFor } from './identifiers';
import { street } from './people';
import { createRng, type Rng } from './random';
import { ordinaryOffices, type Subject } from './subjects';

export interface CorpusDoc {
  name: string;
  text: string;
  truth: TruthEntry;
}

export interface Corpus {
  docs: CorpusDoc[];
  /** clients.csv in the samples' format (semicolon, Windows-1252). */
  clientsCsv: Buffer;
}

const header =
  'Mandantennummer;Typ;Anrede;Titel;Vorname;Nachname;Firma;Rechtsform;Straße;PLZ;Ort;E-Mail;Telefon;Steuernummer;Steuer-ID;USt-IdNr;Finanzamt;Geburtsdatum;IBAN';

const spellVariant = (rng: Rng, name: string): string =>
  rng.chance(0.3) ? name.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue') : name;

/** The client list row for a subject, with the variations real client data has. */
function clientRow(
  rng: Rng,
  number: number,
  subject: Subject,
  opts: { changedStnr: boolean; namesake?: boolean },
): string {
  const email = opts.namesake ? '' : subject.email;
  const { party } = subject;
  const stnr = opts.changedStnr ? steuernummerFor(rng, subject.office).printed : subject.stnr.printed;
  const office = subject.office.name;
  const addressStreet = opts.namesake ? street(rng) : subject.street;
  const addressPlz = opts.namesake ? String(10000 + rng.int(0, 89999)) : subject.postalCode;
  const addressCity = opts.namesake ? rng.pick(['Dresden', 'Köln', 'Kiel', 'Passau']) : subject.city;
  if (party.kind === 'person') {
    return [
      number,
      'natürliche Person',
      party.anrede === 'Herrn' ? 'Herr' : 'Frau',
      party.title ?? (rng.chance(0.1) ? 'Dr.' : ''),
      party.firstName,
      spellVariant(rng, party.lastName),
      '',
      '',
      addressStreet,
      addressPlz,
      addressCity,
      email,
      '',
      opts.namesake ? '' : stnr,
      opts.namesake ? '' : (subject.steuerId ?? ''),
      opts.namesake ? '' : (subject.ustId ?? ''),
      office,
      '',
      opts.namesake ? '' : subject.iban,
    ].join(';');
  }
  // Word order of trade and name varies between the client list and letters ("Bäckerei Schmidt" / "Schmidt Bäckerei").
  const words = party.name.split(' ');
  const swapped =
    words.length >= 3 && rng.chance(0.25) ? [words[1], words[0], ...words.slice(2)].join(' ') : party.name;
  const ids = opts.namesake ? ['', '', ''] : [stnr, subject.ustId ?? '', subject.iban];
  return [
    number,
    'Unternehmen',
    'Firma',
    '',
    '',
    '',
    swapped,
    '',
    addressStreet,
    addressPlz,
    addressCity,
    email,
    '',
    ids[0],
    '',
    ids[1],
    office,
    '',
    ids[2],
  ].join(';');
}

function truthOf(doc: GeneratedDoc, name: string, clientNumber: string | null): TruthEntry {
  const s = doc.subject;
  return {
    file: `docs/${name}`,
    docType: doc.docType,
    format: 'txt',
    clientNumber,
    newClient: clientNumber
      ? null
      : { kind: s.party.kind, name: s.party.name, street: s.street, postalCode: s.postalCode, city: s.city },
    fields: doc.fields,
    state: doc.state,
    einspruchsfristEnd: doc.einspruchsfristEnd,
  };
}

/** A labelled corpus of synthetic documents of every type, with a matching client list. */
export function generateCorpus(
  offices: readonly Finanzamt[],
  opts: { seed: number; perType: number; types?: readonly DocType[] },
): Corpus {
  const rng = createRng(opts.seed);
  const ordinary = ordinaryOffices(offices);
  const kanzleiOffice = rng.pick(ordinary);
  const kanzlei = {
    name: 'Hartwig & Sommer Steuerberatungsgesellschaft mbH',
    street: 'Lindenallee 14',
    place: '50968 Köln',
    stnr: steuernummerFor(rng, kanzleiOffice).printed,
  };
  const rows: string[] = [header];
  const docs: CorpusDoc[] = [];
  let number = 20000;
  for (const type of opts.types ?? docTypes) {
    for (let i = 0; i < opts.perType; i++) {
      const isEmail = false;
      const client = isEmail || rng.chance(0.7);
      const doc = generators[type]({ rng, offices: ordinary, kanzlei, client });
      const emailDoc = doc.text.startsWith('Von:');
      const isClient = client || emailDoc;
      let clientNumber: string | null = null;
      if (isClient) {
        clientNumber = String(++number);
        const canChange = doc.fields.steuerId !== null || doc.fields.iban !== null;
        rows.push(clientRow(rng, number, doc.subject, { changedStnr: canChange && rng.chance(0.1) }));
      } else if (rng.chance(0.3)) {
        rows.push(clientRow(rng, ++number, doc.subject, { changedStnr: true, namesake: true }));
      }
      const name = `syn_${type}_${String(i + 1).padStart(3, '0')}.txt`;
      docs.push({ name, text: doc.text, truth: truthOf(doc, name, clientNumber) });
    }
  }
  return { docs, clientsCsv: iconv.encode(`${rows.join('\r\n')}\r\n`, 'windows-1252') };
}
