import '../../../src-shared/ipc/zod-locale';
import type { z } from 'zod';
import { beraterContracts, type Berater } from '../../../src-shared/ipc/contracts/berater';
import type { ContractInput } from '../../../src-shared/ipc/define';
import { issuesToErrors } from '../../app/form-errors';

export interface BeraterFormValues {
  name: string;
  profession: string;
  beraterNumber: string;
  kammer: string;
  email: string;
  phone: string;
  userId: string | null;
}

export const emptyBeraterForm: BeraterFormValues = {
  name: '',
  profession: '',
  beraterNumber: '',
  kammer: '',
  email: '',
  phone: '',
  userId: null,
};

export const beraterFormFields: ReadonlySet<string> = new Set(Object.keys(emptyBeraterForm));

const optionalFields = ['beraterNumber', 'kammer', 'email', 'phone'] as const;

export function beraterFormFrom(b: Berater): BeraterFormValues {
  return {
    name: b.name,
    profession: b.profession,
    beraterNumber: b.beraterNumber ?? '',
    kammer: b.kammer ?? '',
    email: b.email ?? '',
    phone: b.phone ?? '',
    userId: b.userId === null ? null : String(b.userId),
  };
}

type CreateInput = ContractInput<typeof beraterContracts.create>;
type UpdateInput = ContractInput<typeof beraterContracts.update>;

export function toCreateBerater(values: BeraterFormValues): CreateInput {
  const input: CreateInput = { name: values.name, profession: values.profession };
  for (const field of optionalFields) if (values[field].trim()) input[field] = values[field];
  if (values.userId) input.userId = Number(values.userId);
  return input;
}

/** Only what changed; an emptied field becomes null. */
export function toUpdateBerater(values: BeraterFormValues, b: Berater): UpdateInput {
  const input: UpdateInput = { id: b.id, version: b.version };
  if (values.name.trim() !== b.name) input.name = values.name;
  if (values.profession.trim() !== b.profession) input.profession = values.profession;
  for (const field of optionalFields) {
    const value = values[field].trim();
    if (value !== (b[field] ?? '')) input[field] = value === '' ? null : value;
  }
  const userId = values.userId ? Number(values.userId) : null;
  if (userId !== b.userId) input.userId = userId;
  return input;
}

export function validateBeraterForm(values: BeraterFormValues): Record<string, string> {
  const result = beraterContracts.create.input.safeParse(toCreateBerater(values));
  return result.success ? {} : issuesToErrors(result.error as z.ZodError);
}
