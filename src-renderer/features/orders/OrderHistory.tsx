import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../src-shared/ipc/contracts/audit';
import type { OrderDetail } from '../../../src-shared/ipc/contracts/orders';
import { formatDateTime } from '../../i18n/dates';
import { AuditEntriesTable } from '../../app/AuditEntriesTable';
import { auditActionLabel, auditDetails } from './audit-format';
import { useLookups } from './lookups-store';

export function StatusTimeline({ history }: { history: OrderDetail['statusHistory'] }) {
  const { t } = useTranslation('orders');
  return (
    <Timeline active={history.length - 1} bulletSize={14} lineWidth={2} data-testid="status-history">
      {history.map((entry) => (
        <Timeline.Item
          key={entry.id}
          title={
            entry.fromStatus
              ? t('detail.statusEntry', {
                  from: t(`status.${entry.fromStatus}`),
                  to: t(`status.${entry.toStatus}`),
                })
              : t('detail.statusFirst', { to: t(`status.${entry.toStatus}`) })
          }
        >
          <Text size="xs" c="dimmed">
            {t('detail.by', { name: entry.actorName, at: formatDateTime(entry.at) })}
          </Text>
          {entry.comment && <Text size="sm">{entry.comment}</Text>}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

/** The order's audit records with the name of the user who made each change. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation('orders');
  const berater = useLookups((s) => s.berater);
  const users = useLookups((s) => s.users);
  return (
    <AuditEntriesTable
      entries={entries}
      labels={{
        at: t('detail.audit.at'),
        user: t('detail.audit.user'),
        action: t('detail.audit.action'),
        details: t('detail.audit.details'),
        empty: t('detail.audit.empty'),
        table: t('detail.tabs.audit'),
      }}
      actionLabel={(entry) => auditActionLabel(entry.action)}
      details={(entry) => auditDetails(entry, { berater, users })}
      testId="audit-history"
      entryTestId="audit-entry"
    />
  );
}
