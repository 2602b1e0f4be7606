import type Database from 'better-sqlite3';
import { distance } from 'fastest-levenshtein';
import type { ClientDuplicate, duplicateReasons } from '../../../../src-shared/clients/client-output';
import { clientDisplayName, type NormalizedClient } from '../../../../src-shared/clients/normalize-client';
import { germanSortKey } from '../../../../src-shared/clients/text';
import type { ClientStatus } from '../../../../src-shared/clients/client-enums';

type Reason = (typeof duplicateReasons)[number];

const reasonTexts: Readonly<Record<Reason, string>> = {
  steuerId: 'gleiche Steuer-ID',
  ustIdNr: 'gleiche USt-IdNr.',
  wIdNr: 'gleiche W-IdNr.',
  taxNumber: 'gleiche Steuernummer',
  nameAndAddress: 'sehr ähnlicher Name an derselben Anschrift',
};

/** `Hauptstr. 5` and `Hauptstraße 5` are the same street. */
const streetKey = (street: string | null): string =>
  germanSortKey(street)
    .replace(/\bstr\b/g, 'strasse')
    .replace(/(\p{L})str\b/gu, '$1strasse')
    .replace(/\s+/g, '');

/** Similar enough to be the same client written differently: a typo or two, or ae for ä. */
export function similarNames(a: string, b: string): boolean {
  const x = germanSortKey(a);
  const y = germanSortKey(b);
  if (x === '' || y === '') return false;
  if (x === y) return true;
  const allowed = Math.max(1, Math.floor(Math.min(x.length, y.length) / 8));
  return distance(x, y) <= allowed;
}

interface Candidate {
  id: number;
  client_number: string;
  display_name: string;
  status: ClientStatus;
  city: string | null;
  street: string | null;
}

/**
 * Existing clients that are probably the one being entered: the same Steuer-ID, USt-IdNr, W-IdNr or
 * Steuernummer, or a very similar name at the same address. Spouses share a Steuernummer under joint
 * assessment; that is why this only warns and the user may confirm.
 */
export function findDuplicates(
  sqlite: Database.Database,
  client: NormalizedClient,
  excludeId?: number,
): ClientDuplicate[] {
  const found = new Map<number, { candidate: Candidate; reasons: Set<Reason> }>();
  const columns = 'id, client_number, display_name, status, city, street';
  const add = (rows: Candidate[], reason: Reason) => {
    for (const row of rows) {
      if (row.id === excludeId) continue;
      const entry = found.get(row.id) ?? { candidate: row, reasons: new Set<Reason>() };
      entry.reasons.add(reason);
      found.set(row.id, entry);
    }
  };
  const byColumn = (column: string, value: string | null, reason: Reason) => {
    if (value)
      add(
        sqlite.prepare(`SELECT ${columns} FROM clients WHERE ${column} = ?`).all(value) as Candidate[],
        reason,
      );
  };
  byColumn('steuer_id', client.steuerId, 'steuerId');
  byColumn('ust_id_nr', client.ustIdNr, 'ustIdNr');
  byColumn('w_id_nr', client.wIdNr, 'wIdNr');
  const numbers = client.taxNumbers.map((t) => t.elster13);
  if (numbers.length > 0) {
    add(
      sqlite
        .prepare(
          `SELECT DISTINCT ${columns.replace(/(\w+)/g, 'c.$1')} FROM client_tax_numbers t JOIN clients c ON c.id = t.client_id
           WHERE t.elster13 IN (${numbers.map(() => '?').join(', ')})`,
        )
        .all(...numbers) as Candidate[],
      'taxNumber',
    );
  }
  if (client.postalCode && client.street) {
    const name = clientDisplayName(client);
    const street = streetKey(client.street);
    const sameAddress = (
      sqlite
        .prepare(`SELECT ${columns} FROM clients WHERE postal_code = ?`)
        .all(client.postalCode) as Candidate[]
    ).filter((row) => streetKey(row.street) === street && similarNames(row.display_name, name));
    add(sameAddress, 'nameAndAddress');
  }
  return [...found.values()].map(({ candidate, reasons }) => ({
    id: candidate.id,
    clientNumber: candidate.client_number,
    displayName: candidate.display_name,
    status: candidate.status,
    city: candidate.city,
    reasons: [...reasons],
    reasonText: [...reasons].map((reason) => reasonTexts[reason]).join(', '),
  }));
}
