import '../../../src-shared/ipc/zod-locale';
import type { z } from 'zod';
import { authContracts } from '../../../src-shared/ipc/contracts/auth';
import type { ContractInput } from '../../../src-shared/ipc/define';
import { issuesToErrors } from '../../app/form-errors';
import {
  emptyOfficeForm,
  officeLetterheadFields,
  officeRequiredFields,
  toOfficeInput,
  validateOfficeForm,
  type OfficeFormValues,
} from '../office/office-form';

export interface AdminFormValues {
  displayName: string;
  username: string;
  email: string;
  password: string;
  passwordRepeat: string;
}

export interface SetupFormValues {
  office: OfficeFormValues;
  admin: AdminFormValues;
}

export const emptySetupForm: SetupFormValues = {
  office: emptyOfficeForm,
  admin: { displayName: '', username: '', email: '', password: '', passwordRepeat: '' },
};

export type SetupInput = ContractInput<typeof authContracts.setup>;

export function toSetupInput(values: SetupFormValues): SetupInput {
  const { displayName, username, email, password } = values.admin;
  return {
    office: toOfficeInput(values.office),
    admin: { displayName, username, password, ...(email.trim() ? { email } : {}) },
  };
}

const adminSchema = authContracts.setup.input.shape.admin;

/** Errors of one wizard step, keyed as the form keys them ('office.name', 'admin.password'). */
export function validateSetupStep(
  step: number,
  values: SetupFormValues,
  mismatchMessage: string,
): Record<string, string> {
  if (step === 0 || step === 1) {
    const fields: readonly string[] = step === 0 ? officeRequiredFields : officeLetterheadFields;
    const officeErrors = validateOfficeForm(values.office);
    return Object.fromEntries(
      Object.entries(officeErrors)
        .filter(([field]) => fields.includes(field))
        .map(([field, message]) => [`office.${field}`, message]),
    );
  }
  const admin = adminSchema.safeParse(toSetupInput(values).admin);
  const errors = admin.success ? {} : issuesToErrors(admin.error as z.ZodError, 'admin.');
  if (!errors['admin.password'] && values.admin.password !== values.admin.passwordRepeat) {
    errors['admin.passwordRepeat'] = mismatchMessage;
  }
  return errors;
}

/** Which step shows the field the core refused, so the wizard can go back to it. */
export function stepOfField(path: string): number {
  if (path.startsWith('admin.')) return 2;
  const field = path.replace(/^office\./, '');
  return (officeLetterheadFields as readonly string[]).includes(field) ? 1 : 0;
}
