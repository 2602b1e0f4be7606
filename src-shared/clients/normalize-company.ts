import {
  detectLegalForm,
  getLegalForm,
  legalForms,
  parseRegisterNumber,
  registerTypes,
  type CataloguedLegalForm,
  type RegisterType,
} from '../rules/legal-forms';
import type { ClientKind } from './client-enums';
import type { IssueCollector } from './field-issues';
import { cleanText } from './text';

const squash = (text: string): string => text.toLowerCase().replace(/[\s.]/g, '');

const formByKey = new Map<string, CataloguedLegalForm>();
for (const form of legalForms) {
  formByKey.set(squash(form.code), form);
  formByKey.set(squash(form.name), form);
  if (form.abbreviation) formByKey.set(squash(form.abbreviation), form);
}

// Abbreviations longest first, for the common case of a name ending exactly in its legal form.
const bySuffix = legalForms
  .filter((form): form is CataloguedLegalForm & { abbreviation: string } => form.abbreviation !== undefined)
  .sort((a, b) => b.abbreviation.length - a.abbreviation.length);

/** The legal form a company name shows; exact suffixes are checked before the tolerant detection. */
export function legalFormOfName(name: string): CataloguedLegalForm | undefined {
  for (const form of bySuffix) {
    const suffix = form.abbreviation;
    if (
      name.endsWith(suffix) &&
      (name.length === suffix.length || /[\s,]/.test(name[name.length - suffix.length - 1] ?? ''))
    ) {
      return form;
    }
  }
  return detectLegalForm(name)?.form;
}

/** Catalogue entry for a code (`gmbh`), abbreviation (`GmbH`, `e. K.`) or name. */
export function resolveLegalForm(text: string): CataloguedLegalForm | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  return getLegalForm(value) ?? formByKey.get(squash(value)) ?? detectLegalForm(value)?.form;
}

export function normalizeLegalForm(
  issues: IssueCollector,
  kind: ClientKind,
  input: string | null | undefined,
  companyName: string | null,
): string | null {
  const text = cleanText(input);
  const detected = companyName ? legalFormOfName(companyName) : undefined;
  if (!text) return kind === 'company' ? (detected?.code ?? null) : null;
  const form = resolveLegalForm(text);
  if (!form) {
    issues.error('legalForm', `Die Rechtsform „${text}“ ist nicht bekannt. Bitte aus der Liste wählen.`);
    return null;
  }
  if (kind === 'person' && form.kind !== 'person') {
    issues.error(
      'legalForm',
      `„${form.name}“ ist keine Rechtsform einer natürlichen Person; bitte als Unternehmen anlegen.`,
    );
    return null;
  }
  if (kind === 'company' && form.kind === 'person') {
    issues.error('legalForm', `„${form.name}“ ist keine Rechtsform eines Unternehmens.`);
    return null;
  }
  if (detected && detected.code !== form.code) {
    issues.warn(
      'legalForm',
      `Die Firma endet auf „${detected.abbreviation ?? detected.name}“, als Rechtsform ist „${form.abbreviation ?? form.name}“ gewählt. Bitte prüfen.`,
    );
  }
  return form.code;
}

export interface NormalizedRegister {
  registerCourt: string | null;
  registerType: RegisterType | null;
  registerNumber: string | null;
}

const typeAtStart = new RegExp(`^(${registerTypes.join('|')})\\.?\\s*\\d`, 'i');

export function normalizeRegister(
  issues: IssueCollector,
  input: {
    registerCourt?: string | null | undefined;
    registerType?: RegisterType | null | undefined;
    registerNumber?: string | null | undefined;
  },
  legalForm: string | null,
): NormalizedRegister {
  const none = { registerCourt: null, registerType: null, registerNumber: null };
  const court = cleanText(input.registerCourt);
  const number = cleanText(input.registerNumber);
  if (!number) {
    if (court || input.registerType) issues.error('registerNumber', 'Bitte die Registernummer angeben.');
    return none;
  }
  const typed = typeAtStart.exec(number)?.[1];
  const formRegister = legalForm ? getLegalForm(legalForm)?.register : undefined;
  const type = input.registerType ?? formRegister;
  if (typed && input.registerType && typed.toLowerCase() !== input.registerType.toLowerCase()) {
    issues.error(
      'registerNumber',
      `Die Registernummer beginnt mit „${typed}“, als Registerart ist ${input.registerType} gewählt.`,
    );
    return none;
  }
  if (!typed && !type) {
    issues.error('registerType', 'Bitte die Registerart angeben (HRA, HRB, GnR, PR, VR oder GsR).');
    return none;
  }
  const parsed = parseRegisterNumber(
    `${court ?? ''} ${typed ? '' : type} ${number}`,
    legalForm ? { legalForm } : {},
  );
  if (!parsed.ok) {
    issues.error(parsed.code === 'unknown-court' ? 'registerCourt' : 'registerNumber', parsed.message);
    return none;
  }
  for (const warning of parsed.warnings) {
    issues.warn(
      warning.code === 'register-type-mismatch' ? 'registerType' : 'registerCourt',
      warning.message,
    );
  }
  return {
    registerCourt: parsed.court ?? court,
    registerType: parsed.type,
    registerNumber: parsed.suffix ? `${parsed.number} ${parsed.suffix}` : parsed.number,
  };
}
