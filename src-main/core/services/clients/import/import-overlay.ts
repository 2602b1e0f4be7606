import type { ClientDraft } from '../../../../../src-shared/clients/client-input';
import type { NormalizedClient } from '../../../../../src-shared/clients/normalize-client';

const listFields = new Set(['taxNumbers', 'bankAccounts', 'contacts', 'tags', 'address']);

/**
 * An import row over an existing client. Cells with a value win, empty cells leave the stored value
 * alone. The file carries one Steuernummer, one IBAN and one Ansprechpartner: when the client already
 * has that one (anywhere in the list) nothing changes, otherwise it replaces the first entry.
 */
export function overlayImportRow(
  stored: ClientDraft,
  row: ClientDraft,
  rowValue: NormalizedClient,
): ClientDraft {
  const merged: Record<string, unknown> = { ...stored };
  for (const [key, value] of Object.entries(row)) {
    if (!listFields.has(key) && value !== undefined) merged[key] = value;
  }
  if (row.address) merged['address'] = { ...stored.address, ...row.address };

  const [number] = rowValue.taxNumbers;
  const storedNumbers = stored.taxNumbers ?? [];
  if (number && !storedNumbers.some((t) => t.value === number.elster13)) {
    const [first, ...rest] = storedNumbers;
    merged['taxNumbers'] = [
      { value: number.elster13, land: number.land, taxType: first?.taxType ?? number.taxType },
      ...rest,
    ];
  }

  const [account] = rowValue.bankAccounts;
  const storedAccounts = stored.bankAccounts ?? [];
  if (account) {
    const index = storedAccounts.findIndex((a) => a.iban === account.iban);
    const patch = {
      iban: account.iban,
      ...(account.bic ? { bic: account.bic } : {}),
      ...(account.accountHolder ? { accountHolder: account.accountHolder } : {}),
    };
    if (index >= 0) {
      merged['bankAccounts'] = storedAccounts.map((a, i) => (i === index ? { ...a, ...patch } : a));
    } else {
      const [, ...rest] = storedAccounts;
      merged['bankAccounts'] = [{ ...patch, bic: account.bic }, ...rest];
    }
  }

  const [contact] = rowValue.contacts;
  const storedContacts = stored.contacts ?? [];
  if (contact) {
    const index = storedContacts.findIndex(
      (c) => c.lastName === contact.lastName && (!contact.firstName || c.firstName === contact.firstName),
    );
    if (index >= 0) {
      merged['contacts'] = storedContacts.map((c, i) =>
        i === index
          ? {
              ...c,
              ...(contact.firstName ? { firstName: contact.firstName } : {}),
              ...(contact.title ? { title: contact.title } : {}),
              ...(contact.salutation ? { salutation: contact.salutation } : {}),
            }
          : c,
      );
    } else {
      const [, ...rest] = storedContacts;
      merged['contacts'] = [contact, ...rest];
    }
  }

  if (rowValue.tags.length > 0) {
    const have = new Set((stored.tags ?? []).map((tag) => tag.toLowerCase()));
    merged['tags'] = [...(stored.tags ?? []), ...rowValue.tags.filter((tag) => !have.has(tag.toLowerCase()))];
  }
  return merged as ClientDraft;
}
