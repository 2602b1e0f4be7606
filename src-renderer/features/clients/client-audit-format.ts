import type { AuditEntry } from '../../../src-shared/ipc/contracts/audit';
import { salutationLabels, taxNumberTypeLabels } from '../../../src-shared/clients/client-enums';
import { getLegalForm } from '../../../src-shared/rules/legal-forms';
import { formatDate, formatDateTime } from '../../i18n/dates';
import { i18n } from '../../i18n/instance';

const knownActions = [
  'client.create',
  'client.update',
  'client.archive',
  'client.delete',
  'client.import',
  'client.import_update',
  'client.partner_link',
] as const;
type KnownAction = (typeof knownActions)[number];

const fieldOrder = [
  'clientNumber',
  'status',
  'salutation',
  'title',
  'firstName',
  'lastName',
  'birthName',
  'birthDate',
  'companyName',
  'legalForm',
  'registerCourt',
  'registerType',
  'registerNumber',
  'street',
  'postalCode',
  'city',
  'country',
  'poBox',
  'postStreet',
  'postPostalCode',
  'postCity',
  'postCountry',
  'email',
  'phone',
  'mobile',
  'steuerId',
  'ustIdNr',
  'wIdNr',
  'finanzamtLand',
  'taxNumbers',
  'bankAccounts',
  'contacts',
  'beraterId',
  'partnerId',
  'tags',
  'notes',
  'archivedAt',
] as const;
type Field = (typeof fieldOrder)[number];

const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

const clip = (text: string): string => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

function listItem(field: Field, item: unknown): string {
  const entry = record(item);
  switch (field) {
    case 'taxNumbers': {
      const type = entry['taxType'];
      const label =
        typeof type === 'string' && type in taxNumberTypeLabels ? taxNumberTypeLabels[type as 'est'] : '';
      return [String(entry['elster13'] ?? ''), label ? `(${label})` : ''].filter(Boolean).join(' ');
    }
    case 'bankAccounts':
      return String(entry['iban'] ?? '');
    case 'contacts':
      return [entry['firstName'], entry['lastName']].filter(Boolean).join(' ');
    default:
      return String(item);
  }
}

function show(field: Field, value: unknown, beraterName: (id: number) => string | undefined): string {
  const t = i18n.getFixedT('de', 'clients');
  if (value === null || value === undefined || value === '') return t('audit.empty');
  if (Array.isArray(value)) {
    return value.length === 0
      ? t('audit.empty')
      : clip(value.map((item) => listItem(field, item)).join(', '));
  }
  switch (field) {
    case 'status':
      return value === 'aktiv' || value === 'inaktiv' || value === 'ehemalig'
        ? t(`status.${value}`)
        : String(value);
    case 'birthDate':
      return formatDate(String(value));
    case 'archivedAt':
      return formatDateTime(String(value));
    case 'salutation':
      return typeof value === 'string' && value in salutationLabels
        ? salutationLabels[value as 'herr']
        : String(value);
    case 'legalForm':
      return getLegalForm(String(value))?.name ?? String(value);
    case 'beraterId':
      return typeof value === 'number' ? (beraterName(value) ?? `#${value}`) : String(value);
    default:
      return clip(typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
}

export function clientAuditActionLabel(action: string): string {
  const t = i18n.getFixedT('de', 'clients');
  return (knownActions as readonly string[]).includes(action)
    ? t(`audit.actions.${action as KnownAction}`)
    : t('audit.unknownAction', { action });
}

/** What a client's audit record changed, in German lines ("Ort: Köln → Bonn"). */
export function clientAuditDetails(
  entry: AuditEntry,
  beraterName: (id: number) => string | undefined,
): string[] {
  const t = i18n.getFixedT('de', 'clients');
  const before = record(entry.before);
  const after = record(entry.after);
  if (entry.action === 'client.create') {
    const name = after['displayName'];
    return typeof name === 'string' ? [t('audit.created', { name })] : [];
  }
  if (entry.action === 'client.import') return [t('audit.imported')];
  const lines: string[] = [];
  for (const field of fieldOrder) {
    if (!(field in after) && !(field in before)) continue;
    if (JSON.stringify(before[field]) === JSON.stringify(after[field])) continue;
    lines.push(
      t('audit.change', {
        field: t(`audit.fields.${field}`),
        before: show(field, before[field], beraterName),
        after: show(field, after[field], beraterName),
      }),
    );
  }
  return lines;
}
