import { validateIban } from '../iban';
import type { LandCode } from '../land';
import { validateSteuerId } from '../steuer-id';
import { validateSteuernummer } from '../steuernummer';
import { normalizeUstIdNr } from '../ust-id';
import type { ClientDirectory, ClientIdentifierKind, ClientRef } from './client-directory';
import { citySimilarity, nameSimilarity, nameTokens } from './name-similarity';

export interface ClientRecord extends ClientRef {
  steuernummern?: string[];
  steuerId?: string;
  ustId?: string;
  ibans?: string[];
  email?: string;
  /** Land of the client's Finanzamt, to read a regional Steuernummer. */
  finanzamtLand?: LandCode;
}

/** Every ELSTER form a stored Steuernummer may have (Land from the client's Finanzamt, else all that fit). */
export function steuernummerKeys(printed: string, land?: LandCode): string[] {
  const keys = new Set<string>();
  const withLand = land ? validateSteuernummer(printed, { land }) : undefined;
  if (withLand?.ok) keys.add(withLand.elster13);
  const any = validateSteuernummer(printed);
  if (any.ok) keys.add(any.elster13);
  else if (any.code === 'ambiguous-land') for (const c of any.candidates ?? []) keys.add(c.elster13);
  return [...keys];
}

/** In-memory ClientDirectory for tooling, tests and the evaluation. */
export function createMemoryClientDirectory(records: readonly ClientRecord[]): ClientDirectory {
  const index = new Map<string, ClientRef[]>();
  const add = (kind: ClientIdentifierKind, key: string, ref: ClientRef): void => {
    const k = `${kind}:${key}`;
    index.set(k, [...(index.get(k) ?? []), ref]);
  };
  for (const record of records) {
    const ref: ClientRef = {
      id: record.id,
      clientNumber: record.clientNumber,
      kind: record.kind,
      displayName: record.displayName,
      firstName: record.firstName,
      lastName: record.lastName,
      companyName: record.companyName,
      street: record.street,
      postalCode: record.postalCode,
      city: record.city,
    };
    for (const stnr of record.steuernummern ?? []) {
      for (const key of steuernummerKeys(stnr, record.finanzamtLand)) add('steuernummer', key, ref);
    }
    if (record.steuerId) {
      const id = validateSteuerId(record.steuerId);
      add('steuerId', id.ok ? id.value : record.steuerId.replace(/\D/g, ''), ref);
    }
    if (record.ustId) add('ustId', normalizeUstIdNr(record.ustId), ref);
    if (record.email) add('email', record.email.trim().toLowerCase(), ref);
    for (const iban of record.ibans ?? []) {
      const valid = validateIban(iban);
      add('iban', valid.ok ? valid.iban : iban.replace(/\s/g, '').toUpperCase(), ref);
    }
  }
  const refs = records.map((record) => record as ClientRef);
  return {
    findByIdentifier: (kind, value) => index.get(`${kind}:${value}`) ?? [],
    searchByName: (name, hints) => {
      const tokens = nameTokens(name);
      return refs.filter((ref) => {
        const other =
          ref.kind === 'company'
            ? (ref.companyName ?? ref.displayName)
            : `${ref.firstName ?? ''} ${ref.lastName ?? ''}`;
        if (nameSimilarity(name, other) >= 0.4) return true;
        if (hints.postalCode && hints.postalCode === ref.postalCode && tokens.length > 0) return true;
        return (
          hints.city !== undefined &&
          (citySimilarity(hints.city, ref.city) ?? 0) >= 1 &&
          nameSimilarity(name, other) > 0.2
        );
      });
    },
  };
}
