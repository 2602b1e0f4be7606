import type { PartyKind } from './analysis-types';

/** What the analysis needs to know about an existing client. */
export interface ClientRef {
  id: string;
  clientNumber?: string;
  kind: PartyKind;
  displayName: string;
  firstName?: string;
  lastName?: string;
  companyName?: string;
  street?: string;
  postalCode?: string;
  city?: string;
}

/** 'email': lower-case address, for e-mails from clients. */
export type ClientIdentifierKind = 'steuernummer' | 'steuerId' | 'ustId' | 'iban' | 'email';

export interface NameSearchHints {
  postalCode?: string;
  city?: string;
  street?: string;
}

type MaybePromise<T> = T | Promise<T>;

/**
 * Read access to the office's clients. `normalizedValue` is the 13-digit ELSTER Steuernummer, the 11-digit
 * Steuer-ID, the USt-IdNr as `DE123456789`, the IBAN without spaces or a lower-case e-mail address. `searchByName` may return a broad
 * candidate set (e.g. from a full-text index); ranking happens in the matcher.
 */
export interface ClientDirectory {
  findByIdentifier(kind: ClientIdentifierKind, normalizedValue: string): MaybePromise<ClientRef[]>;
  searchByName(name: string, hints: NameSearchHints): MaybePromise<ClientRef[]>;
}
