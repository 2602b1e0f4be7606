import type { ClientKind } from '../../../../src-shared/clients/client-enums';
import type { ClientDraft } from '../../../../src-shared/clients/client-input';
import type { ClientDuplicate } from '../../../../src-shared/clients/client-output';
import { normalizeClient } from '../../../../src-shared/clients/normalize-client';
import type { ServiceDeps } from '../deps';
import { normalizeContext } from './client-save';
import { findDuplicates } from './duplicates';

export interface CheckDuplicatesInput {
  kind: ClientKind;
  excludeId?: number | undefined;
  lastName?: string | undefined;
  firstName?: string | undefined;
  companyName?: string | undefined;
  street?: string | undefined;
  postalCode?: string | undefined;
  steuerId?: string | undefined;
  ustIdNr?: string | undefined;
  wIdNr?: string | undefined;
  taxNumbers?: string[] | undefined;
}

/**
 * Duplicates of a client still being typed: fields that are not valid yet are left out rather than
 * reported (the form shows those errors when it is saved).
 */
export function checkDuplicates(
  deps: ServiceDeps,
  input: CheckDuplicatesInput,
): { duplicates: ClientDuplicate[] } {
  const person = input.kind === 'person';
  let draft: ClientDraft = {
    kind: input.kind,
    ...(person
      ? { lastName: input.lastName || '?', firstName: input.firstName, steuerId: input.steuerId }
      : { companyName: input.companyName || '?' }),
    address: { street: input.street, postalCode: input.postalCode },
    ustIdNr: input.ustIdNr,
    wIdNr: input.wIdNr,
    taxNumbers: (input.taxNumbers ?? []).filter(Boolean).map((value) => ({ value })),
  };
  const ctx = normalizeContext(deps);
  let result = normalizeClient(draft, ctx);
  if (!result.ok) {
    const invalid = Object.keys(result.errors);
    const bad = (field: string) => invalid.some((path) => path === field || path.startsWith(`${field}.`));
    draft = {
      ...draft,
      ...(bad('steuerId') ? { steuerId: null } : {}),
      ...(bad('ustIdNr') ? { ustIdNr: null } : {}),
      ...(bad('wIdNr') ? { wIdNr: null } : {}),
      ...(bad('address') ? { address: null } : {}),
      taxNumbers: (draft.taxNumbers ?? []).filter((_, i) => !bad(`taxNumbers.${i}`)),
    };
    result = normalizeClient(draft, ctx);
    if (!result.ok) return { duplicates: [] };
  }
  const value = {
    ...result.value,
    lastName: input.lastName ? result.value.lastName : null,
    companyName: input.companyName ? result.value.companyName : null,
  };
  return { duplicates: findDuplicates(deps.sqlite, value, input.excludeId) };
}
