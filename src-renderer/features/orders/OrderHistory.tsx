import { Stack, Table, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../src-shared/ipc/contracts/audit';
import type { OrderDetail } from '../../../src-shared/ipc/contracts/orders';
import { formatDateTime } from '../../i18n/dates';
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
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('detail.audit.empty')}
      </Text>
    );
  }
  return (
    <Table verticalSpacing={6} aria-label={t('detail.tabs.audit')} data-testid="audit-history">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={140}>{t('detail.audit.at')}</Table.Th>
          <Table.Th w={150}>{t('detail.audit.user')}</Table.Th>
          <Table.Th w={150}>{t('detail.audit.action')}</Table.Th>
          <Table.Th>{t('detail.audit.details')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => (
          <Table.Tr key={entry.id} data-testid="audit-entry" data-action={entry.action}>
            <Table.Td>
              <Text size="xs">{formatDateTime(entry.at)}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{entry.actorName}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{auditActionLabel(entry.action)}</Text>
            </Table.Td>
            <Table.Td>
              <Stack gap={0}>
                {auditDetails(entry, { berater, users }).map((line) => (
                  <Text size="xs" key={line}>
                    {line}
                  </Text>
                ))}
              </Stack>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
