import { eq } from 'drizzle-orm';
import { AppError } from '../../../../src-shared/errors/app-error';
import type { Actor } from '../../../../src-shared/ipc';
import type { Office, OfficeInput, officeContracts } from '../../../../src-shared/ipc/contracts/office';
import type { ContractParsedInput } from '../../../../src-shared/ipc/define';
import { office } from '../../db/schema';
import type { DbOrTx } from '../../db/types';
import type { ServiceDeps } from '../deps';
import { mutate } from '../mutation';
import { assertVersion } from '../optimistic-lock';

/** The Kanzlei is a single row; its id is fixed so a second one can never appear. */
export const OFFICE_ID = 1;

type OfficeRow = typeof office.$inferSelect;

export const toOffice = (row: OfficeRow): Office => ({
  name: row.name,
  street: row.street,
  postalCode: row.postalCode,
  city: row.city,
  land: row.land,
  phone: row.phone,
  fax: row.fax,
  email: row.email,
  website: row.website,
  kammer: row.kammer,
  ustId: row.ustId,
  bankName: row.bankName,
  iban: row.iban,
  bic: row.bic,
  letterFooter: row.letterFooter,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  version: row.version,
});

export const findOffice = (db: DbOrTx): OfficeRow | undefined =>
  db.select().from(office).where(eq(office.id, OFFICE_ID)).get();

export const officeExists = (db: DbOrTx): boolean => findOffice(db) !== undefined;

const orNull = (value: string | undefined | null) => (value ? value : null);

/** Inserts the Kanzlei row; the caller holds the transaction and writes the audit record. */
export function insertOffice(tx: DbOrTx, input: OfficeInput, now: string): OfficeRow {
  return tx
    .insert(office)
    .values({
      id: OFFICE_ID,
      name: input.name.trim(),
      street: input.street.trim(),
      postalCode: input.postalCode.trim(),
      city: input.city.trim(),
      land: input.land,
      phone: orNull(input.phone),
      fax: orNull(input.fax),
      email: orNull(input.email),
      website: orNull(input.website),
      kammer: orNull(input.kammer),
      ustId: orNull(input.ustId),
      bankName: orNull(input.bankName),
      iban: orNull(input.iban?.replace(/\s+/g, '').toUpperCase()),
      bic: orNull(input.bic?.toUpperCase()),
      letterFooter: orNull(input.letterFooter),
      createdAt: now,
      updatedAt: now,
    })
    .returning()
    .get();
}

export function updateOffice(
  deps: ServiceDeps,
  actor: Actor,
  input: ContractParsedInput<typeof officeContracts.update>,
): Office {
  return mutate(deps, actor, ({ tx, now, audit }) => {
    const before = findOffice(tx);
    if (!before) {
      throw new AppError(
        'not_found',
        'Die Kanzlei ist noch nicht eingerichtet. Bitte führen Sie zuerst die Ersteinrichtung durch.',
        'Office row missing',
        { code: 'setup_required' },
      );
    }
    assertVersion(
      tx,
      actor,
      {
        entityType: 'office',
        entityId: OFFICE_ID,
        subject: 'Die Kanzleidaten',
        pronoun: 'sie',
        plural: true,
      },
      input.version,
      before.version,
    );
    const { version: _version, ...fields } = input;
    const changes: Partial<OfficeRow> = {};
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      (changes as Record<string, unknown>)[key] = value === '' ? null : value;
    }
    if (typeof changes.iban === 'string') changes.iban = changes.iban.replace(/\s+/g, '').toUpperCase();
    if (typeof changes.bic === 'string') changes.bic = changes.bic.toUpperCase();
    const after = tx
      .update(office)
      .set({ ...changes, updatedAt: now, version: before.version + 1 })
      .where(eq(office.id, OFFICE_ID))
      .returning()
      .get();
    audit({ action: 'office.update', entityType: 'office', entityId: OFFICE_ID, before, after });
    return toOffice(after);
  });
}
