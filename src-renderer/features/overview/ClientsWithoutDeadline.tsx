import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardOverview } from '../../../src-shared/ipc/contracts/dashboard';

const SHOWN = 10;

export function ClientsWithoutDeadline({ data }: { data: DashboardOverview['clientsWithoutDeadline'] }) {
  const { t } = useTranslation('overview');
  return (
    <Paper withBorder p="md" radius="md" data-testid="clients-without-deadline">
      <Stack gap="xs">
        <div>
          <Title order={3} size="h5">
            {t('withoutDeadline.title')} ({data.total})
          </Title>
          <Text size="xs" c="dimmed">
            {t('withoutDeadline.hint')}
          </Text>
        </div>
        {data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('withoutDeadline.empty')}
          </Text>
        ) : (
          <Table verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={90}>{t('withoutDeadline.number')}</Table.Th>
                <Table.Th>{t('withoutDeadline.name')}</Table.Th>
                <Table.Th>{t('withoutDeadline.berater')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.slice(0, SHOWN).map((client) => (
                <Table.Tr key={client.id}>
                  <Table.Td>{client.clientNumber}</Table.Td>
                  <Table.Td>{client.displayName}</Table.Td>
                  <Table.Td>{client.beraterName ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {data.total > SHOWN && (
          <Text size="xs" c="dimmed">
            {t('more', { count: data.total - SHOWN })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
