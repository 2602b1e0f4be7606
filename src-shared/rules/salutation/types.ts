/** How a person wishes to be addressed; `divers` and `keine-angabe` get gender-neutral forms. */
export type Anrede = 'herr' | 'frau' | 'divers' | 'keine-angabe';

export interface PersonName {
  anrede: Anrede;
  /** Academic titles before the name as entered, e.g. `Dr.`, `Prof. Dr. Dr. h. c.`, `Dipl.-Ing.`. */
  title?: string;
  /** Degrees after the name, e.g. `LL.M.`, `M.Sc.` (also recognised when entered in `title`). */
  postNominal?: string;
  /** Berufs- or Amtsbezeichnung such as `Rechtsanwältin`; goes on the line above the name. */
  jobTitle?: string;
  firstName?: string;
  /** Surname including nobility particles, e.g. `von Bülow`. */
  lastName: string;
}

export type Recipient =
  | ({ kind: 'person' } & PersonName)
  | {
      kind: 'couple';
      partners: readonly [PersonName, PersonName];
      /** `eheleute` writes "Eheleute / Sandra und René Weber" when the surnames match. */
      style?: 'auto' | 'eheleute';
    }
  | { kind: 'family'; lastName: string }
  | {
      kind: 'company' | 'organisation';
      name: string;
      /** Second line of the name, if it does not fit on one. */
      nameLine2?: string;
      department?: string;
      /** Ansprechpartner; the letter is then greeted personally. */
      contact?: PersonName;
      /** Force or suppress the word "Firma"; by default it is used when the name shows no legal form. */
      showFirma?: boolean;
    };

export interface PostalAddress {
  /** Street and house number. */
  street?: string;
  /** Postfach number; replaces the street line when given. */
  poBox?: string;
  /** Postal code of the Postfach where it differs from the street's. */
  poBoxPostalCode?: string;
  postalCode: string;
  city: string;
  /** Country in German; empty or "Deutschland" for domestic addresses. */
  country?: string;
  /** E.g. `bei Hans Meier`; printed between name and street. */
  supplement?: string;
}

export interface GreetingOptions {
  /** `Liebe Frau Schmidt,` / `Lieber Herr Müller,` instead of `Sehr geehrte/r`. */
  informal?: boolean;
  /** `professor`: "Herr Professor Müller" (DIN style); `prof-dr`: "Herr Prof. Dr. Müller". */
  professorStyle?: 'professor' | 'prof-dr';
}

export interface AddressBlockOptions {
  /** Zusatz- und Vermerkzone, e.g. `Einschreiben`, `Vertraulich` (up to 3 lines). */
  remarks?: readonly string[];
  /**
   * Characters that fit on one line of the address window (85 mm); decides whether "Professor" is
   * written out in the name line or moved to the Anrede line.
   */
  maxLineLength?: number;
  /** Person before company: a private letter the company forwards unopened. */
  contactFirst?: boolean;
}

export type AddressBlockWarningCode = 'too-many-address-lines' | 'too-many-remark-lines';

export interface AddressBlock {
  /** Lines of the Zusatz- und Vermerkzone (at most 3 expected). */
  remarkLines: string[];
  /** Lines of the Anschriftzone (at most 6 expected). */
  addressLines: string[];
  /** The 9-line Anschriftfeld: remarks bottom-aligned in lines 1–3, address from line 4. */
  fieldLines: string[];
  warnings: { code: AddressBlockWarningCode; message: string }[];
}
