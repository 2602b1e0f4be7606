import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { formatDateTime } from '../../i18n/dates';
import { clientAuditActionLabel, clientAuditDetails } from './client-audit-format';

/** The Verlauf: who changed what and when, newest first. */
export function ClientHistory({ clientId, version }: { clientId: number; version: number }) {
  const { t } = useTranslation('clients');
  const history = useApiQuery(() => api.clients.history({ id: clientId, limit: 500 }), [clientId, version]);
  const berater = useApiQuery(() => api.berater.list({ includeInactive: true }), []);
  const beraterName = (id: number) => berater.data?.items.find((b) => b.id === id)?.name;
  const entries = history.data?.items ?? [];
  if (history.data && entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('detail.history.empty')}
      </Text>
    );
  }
  return (
    <Table verticalSpacing={6} aria-label={t('detail.tabs.history')} data-testid="client-history">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={140}>{t('detail.history.at')}</Table.Th>
          <Table.Th w={140}>{t('detail.history.user')}</Table.Th>
          <Table.Th w={150}>{t('detail.history.action')}</Table.Th>
          <Table.Th>{t('detail.history.details')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => (
          <Table.Tr key={entry.id} data-testid="client-history-entry" data-action={entry.action}>
            <Table.Td>
              <Text size="xs">{formatDateTime(entry.at)}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{entry.actorName}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{clientAuditActionLabel(entry.action)}</Text>
            </Table.Td>
            <Table.Td>
              <Stack gap={0}>
                {clientAuditDetails(entry, beraterName).map((line) => (
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
