import '../../../src-shared/ipc/zod-locale';
import {
  officeInputSchema,
  type Office,
  type OfficeInput,
  type officeUpdateSchema,
} from '../../../src-shared/ipc/contracts/office';
import type { z } from 'zod';
import { issuesToErrors } from '../../app/form-errors';

export const officeRequiredFields = ['name', 'street', 'postalCode', 'city', 'land'] as const;
export const officeLetterheadFields = [
  'phone',
  'fax',
  'email',
  'website',
  'kammer',
  'ustId',
  'bankName',
  'iban',
  'bic',
  'letterFooter',
] as const;

type RequiredField = (typeof officeRequiredFields)[number];
type LetterheadField = (typeof officeLetterheadFields)[number];
export type OfficeFormValues = Record<RequiredField | LetterheadField, string>;

export const officeFormFields: ReadonlySet<string> = new Set([
  ...officeRequiredFields,
  ...officeLetterheadFields,
]);

export const emptyOfficeForm: OfficeFormValues = {
  name: '',
  street: '',
  postalCode: '',
  city: '',
  land: '',
  phone: '',
  fax: '',
  email: '',
  website: '',
  kammer: '',
  ustId: '',
  bankName: '',
  iban: '',
  bic: '',
  letterFooter: '',
};

export function officeFormFrom(office: Office): OfficeFormValues {
  const values = { ...emptyOfficeForm };
  for (const field of [...officeRequiredFields, ...officeLetterheadFields])
    values[field] = office[field] ?? '';
  return values;
}

/** Empty optional fields are left out: the wizard's contract treats them as "not given". */
export function toOfficeInput(values: OfficeFormValues): OfficeInput {
  const input: Record<string, string> = {};
  for (const field of officeRequiredFields) input[field] = values[field];
  for (const field of officeLetterheadFields) {
    if (values[field].trim() !== '') input[field] = values[field];
  }
  return input as OfficeInput;
}

type OfficeUpdate = z.input<typeof officeUpdateSchema>;

/** Only what changed; an emptied optional field becomes null (removed from the letterhead). */
export function toOfficeUpdate(values: OfficeFormValues, office: Office): OfficeUpdate {
  const update: Record<string, unknown> = { version: office.version };
  for (const field of officeRequiredFields) {
    if (values[field].trim() !== office[field]) update[field] = values[field];
  }
  for (const field of officeLetterheadFields) {
    const value = values[field].trim();
    if (value !== (office[field] ?? '')) update[field] = value === '' ? null : value;
  }
  return update as OfficeUpdate;
}

/** The contract the core checks, so the user sees the same German messages before sending. */
export function validateOfficeForm(values: OfficeFormValues): Record<string, string> {
  const result = officeInputSchema.safeParse(toOfficeInput(values));
  return result.success ? {} : issuesToErrors(result.error);
}
