import '../../../src-shared/ipc/zod-locale';
import { createClientInputSchema, type CreateClientInput } from '../../../src-shared/ipc/contracts/clients';

export interface ClientFormValues {
  kind: 'person' | 'company';
  firstName: string;
  lastName: string;
  companyName: string;
}

export const emptyClientForm: ClientFormValues = {
  kind: 'person',
  firstName: '',
  lastName: '',
  companyName: '',
};

/** Only the fields of the chosen kind: the contract is strict and rejects the others. */
export function toCreateClientInput(values: ClientFormValues): CreateClientInput {
  if (values.kind === 'company') return { kind: 'company', companyName: values.companyName };
  const firstName = values.firstName.trim();
  return { kind: 'person', lastName: values.lastName, ...(firstName ? { firstName } : {}) };
}

const formFields = new Set<string>(['firstName', 'lastName', 'companyName', 'kind']);

/**
 * Field errors keyed by form field. Both the local zod check and the core's validation
 * error (`details.fields`, keyed by the input path) go through here.
 */
export function toFormErrors(fields: Record<string, string>): {
  errors: Record<string, string>;
  unmatched: string[];
} {
  const errors: Record<string, string> = {};
  const unmatched: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const field = path.split('.')[0] ?? path;
    if (formFields.has(field)) errors[field] ??= message;
    else unmatched.push(message);
  }
  return { errors, unmatched };
}

/** The same contract the core checks, so the user sees the same German message before sending. */
export function validateClientForm(values: ClientFormValues): Record<string, string> {
  const result = createClientInputSchema.safeParse(toCreateClientInput(values));
  if (result.success) return {};
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    fields[path] ??= issue.message;
  }
  return toFormErrors(fields).errors;
}
