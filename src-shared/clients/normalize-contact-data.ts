import type { Salutation } from './client-enums';
import { parseCountry } from './countries';
import type { IssueCollector } from './field-issues';
import { cleanText } from './text';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phonePattern = /^\+?[\d\s/()\-.]{3,30}$/;

export function normalizeEmail(issues: IssueCollector, field: string, value: string | null | undefined) {
  const text = cleanText(value);
  if (text && !emailPattern.test(text)) {
    issues.error(field, 'Bitte eine gültige E-Mail-Adresse angeben, z. B. name@beispiel.de.');
    return null;
  }
  return text;
}

export function normalizePhone(issues: IssueCollector, field: string, value: string | null | undefined) {
  const text = cleanText(value);
  if (text && (!phonePattern.test(text) || !/\d{3}/.test(text.replace(/\D/g, '')))) {
    issues.error(field, 'Die Telefonnummer darf nur Ziffern, Leerzeichen und + / - ( ) enthalten.');
    return null;
  }
  return text;
}

export function normalizeCountry(issues: IssueCollector, field: string, value: string | null | undefined) {
  const text = cleanText(value);
  if (!text || text === 'DE') return 'DE';
  const code = parseCountry(text);
  if (!code) {
    issues.error(field, `Das Land „${text}“ ist nicht bekannt. Bitte den Ländercode angeben, z. B. AT.`);
    return 'DE';
  }
  return code;
}

export function normalizePostalCode(
  issues: IssueCollector,
  field: string,
  value: string | null | undefined,
  country: string,
) {
  const text = cleanText(value);
  if (!text) return null;
  if (country === 'DE' && !/^\d{5}$/.test(text)) {
    issues.error(field, 'Die Postleitzahl hat in Deutschland 5 Ziffern (z. B. 01067).');
    return null;
  }
  if (country !== 'DE' && !/^[A-Za-z0-9 -]{2,10}$/.test(text)) {
    issues.error(field, 'Die Postleitzahl darf nur Buchstaben, Ziffern, Leerzeichen und - enthalten.');
    return null;
  }
  return text.toUpperCase();
}

export interface ContactDraft {
  salutation?: Salutation | null | undefined;
  title?: string | null | undefined;
  firstName?: string | null | undefined;
  lastName: string;
  role?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  mobile?: string | null | undefined;
}

export interface NormalizedContact {
  salutation: Salutation | null;
  title: string | null;
  firstName: string | null;
  lastName: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  mobile: string | null;
}

export function normalizeContacts(
  issues: IssueCollector,
  drafts: readonly ContactDraft[],
): NormalizedContact[] {
  return drafts.flatMap((draft, i) => {
    const path = `contacts.${i}`;
    const lastName = cleanText(draft.lastName);
    if (!lastName) {
      issues.error(`${path}.lastName`, 'Bitte geben Sie den Nachnamen des Ansprechpartners an.');
      return [];
    }
    return [
      {
        salutation: draft.salutation ?? null,
        title: cleanText(draft.title),
        firstName: cleanText(draft.firstName),
        lastName,
        role: cleanText(draft.role),
        email: normalizeEmail(issues, `${path}.email`, draft.email),
        phone: normalizePhone(issues, `${path}.phone`, draft.phone),
        mobile: normalizePhone(issues, `${path}.mobile`, draft.mobile),
      },
    ];
  });
}
