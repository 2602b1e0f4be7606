import type { AuditEntry } from '../../../src-shared/ipc/contracts/audit';
import { orderStatuses, type OrderStatus } from '../../../src-shared/orders/order-workflow';
import { i18n } from '../../i18n/instance';
import { formatDate } from '../../i18n/dates';
import type { DirectoryUser } from './lookups-store';

interface Names {
  berater: { id: number; name: string }[];
  users: DirectoryUser[];
}

const trackedFields = [
  'title',
  'description',
  'priority',
  'beraterId',
  'assignedUserId',
  'dueDate',
  'reminderDate',
  'notes',
  'status',
] as const;
type TrackedField = (typeof trackedFields)[number];

const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};

const isStatus = (value: unknown): value is OrderStatus =>
  typeof value === 'string' && (orderStatuses as readonly string[]).includes(value);

function show(field: TrackedField, value: unknown, names: Names): string {
  const t = i18n.getFixedT('de', 'orders');
  if (value === null || value === undefined || value === '') return t('audit.empty');
  switch (field) {
    case 'dueDate':
    case 'reminderDate':
      return formatDate(String(value));
    case 'status':
      return isStatus(value) ? t(`status.${value}`) : String(value);
    case 'priority':
      return typeof value === 'string' && value in { niedrig: 1, normal: 1, hoch: 1, dringend: 1 }
        ? t(`priority.${value as 'normal'}`)
        : String(value);
    case 'beraterId':
      return names.berater.find((b) => b.id === value)?.name ?? `#${String(value)}`;
    case 'assignedUserId':
      return names.users.find((u) => u.id === value)?.displayName ?? `#${String(value)}`;
    default: {
      const text = String(value);
      return text.length > 80 ? `${text.slice(0, 79)}…` : text;
    }
  }
}

export function auditActionLabel(action: string): string {
  const t = i18n.getFixedT('de', 'orders');
  if (action === 'order.create' || action === 'order.update' || action === 'order.transition') {
    return t(`audit.actions.${action}`);
  }
  return t('audit.unknownAction', { action });
}

/** What an audit record of an order changed, in German lines ("Frist: 31.07.2026 → 15.08.2026"). */
export function auditDetails(entry: AuditEntry, names: Names): string[] {
  const t = i18n.getFixedT('de', 'orders');
  const before = record(entry.before);
  const after = record(entry.after);
  if (entry.action === 'order.create') {
    return typeof after['dueDate'] === 'string'
      ? [t('audit.createdWith', { due: formatDate(after['dueDate']) })]
      : [];
  }
  const lines: string[] = [];
  for (const field of trackedFields) {
    if (!(field in after) || before[field] === after[field]) continue;
    if (entry.action === 'order.transition' && field !== 'status') continue;
    lines.push(
      t('audit.change', {
        field: t(`audit.fields.${field}`),
        before: show(field, before[field], names),
        after: show(field, after[field], names),
      }),
    );
  }
  if (entry.action === 'order.transition' && typeof after['comment'] === 'string' && after['comment']) {
    lines.push(after['comment']);
  }
  return lines;
}
