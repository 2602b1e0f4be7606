import type Database from 'better-sqlite3';
import { transliterateGerman } from '../../src-shared/clients/text';
import { formatSteuernummer } from '../../src-shared/rules/steuernummer';
import { lcg, pick } from '../../src-main/core/services/seed/synthetic-identifiers';

interface Sample {
  client_number: string;
  last_name: string | null;
  first_name: string | null;
  company_name: string | null;
  city: string | null;
  email: string | null;
  steuer_id: string | null;
  ust_id_nr: string | null;
  elster13: string | null;
  iban: string | null;
}

const stripUmlauts = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/**
 * 200 queries as users type them, drawn from the seeded clients: name prefixes while typing, full
 * names with and without umlauts (mueller, muller), first + last name, cities, Mandantennummern,
 * Steuernummern printed and in ELSTER form, Steuer-IDs, USt-IdNrn, IBAN starts and e-mail addresses.
 */
export function searchQueries(sqlite: Database.Database, count = 200, seed = 7): string[] {
  const rand = lcg(seed);
  const samples = sqlite
    .prepare(
      `SELECT c.client_number, c.last_name, c.first_name, c.company_name, c.city, c.email, c.steuer_id, c.ust_id_nr,
              (SELECT elster13 FROM client_tax_numbers t WHERE t.client_id = c.id ORDER BY position LIMIT 1) AS elster13,
              (SELECT iban FROM client_bank_accounts b WHERE b.client_id = c.id ORDER BY position LIMIT 1) AS iban
       FROM clients c WHERE c.id % 97 = 0 LIMIT 400`,
    )
    .all() as Sample[];
  const makers: ((s: Sample) => string | null)[] = [
    (s) => (s.last_name ? s.last_name.slice(0, 2 + rand(4)) : null),
    (s) => s.last_name,
    (s) => (s.last_name ? transliterateGerman(s.last_name) : null),
    (s) => (s.last_name ? stripUmlauts(s.last_name).toLowerCase() : null),
    (s) => (s.first_name && s.last_name ? `${s.first_name} ${s.last_name.slice(0, 3)}` : null),
    (s) => (s.company_name ? s.company_name.split(' ').slice(0, 2).join(' ') : null),
    (s) => (s.city ? s.city.slice(0, 3 + rand(3)) : null),
    (s) => s.client_number,
    (s) => s.client_number.slice(0, 3 + rand(2)),
    (s) => (s.elster13 ? (formatSteuernummer(s.elster13) ?? null) : null),
    (s) => s.elster13,
    (s) => (s.steuer_id ? s.steuer_id.replace(/^(\d{2})(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3 $4') : null),
    (s) => s.ust_id_nr,
    (s) => (s.iban ? s.iban.slice(0, 12) : null),
    (s) => (s.email ? (s.email.split('@')[0] ?? null) : null),
  ];
  const queries: string[] = [];
  while (queries.length < count) {
    const query = pick(rand, makers)(pick(rand, samples));
    if (query) queries.push(query);
  }
  return queries;
}
