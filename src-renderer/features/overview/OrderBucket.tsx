import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '../../../src-shared/ipc/contracts/orders';
import { useRouter } from '../../app/router-store';
import { formatDate } from '../../i18n/dates';
import { useOrdersView } from '../orders/orders-view-store';

interface Props {
  title: string;
  empty: string;
  items: OrderSummary[];
  total: number;
  tone: 'red' | 'orange';
  testId: string;
}

const SHOWN = 8;

/** A short list of orders; a click opens the order in Aufträge. */
export function OrderBucket({ title, empty, items, total, tone, testId }: Props) {
  const { t } = useTranslation('overview');
  const navigate = useRouter((s) => s.navigate);
  const openOrder = useOrdersView((s) => s.openOrder);
  const setView = useOrdersView((s) => s.setView);
  const open = (id: number) => {
    setView('list');
    openOrder(id);
    navigate('orders');
  };
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Stack gap="xs">
        <Title order={3} size="h5" c={total > 0 ? tone : undefined}>
          {title} ({total})
        </Title>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        ) : (
          <Table verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={96}>{t('bucket.due')}</Table.Th>
                <Table.Th>{t('bucket.order')}</Table.Th>
                <Table.Th w={150}>{t('bucket.berater')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.slice(0, SHOWN).map((order) => (
                <Table.Tr key={order.id} data-testid="bucket-order">
                  <Table.Td c={order.overdue ? 'red' : undefined} fw={order.overdue ? 600 : undefined}>
                    {formatDate(order.dueDate)}
                  </Table.Td>
                  <Table.Td>
                    <Anchor
                      component="button"
                      type="button"
                      size="sm"
                      onClick={() => open(order.id)}
                      ta="left"
                    >
                      {order.title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {order.clientName}
                    </Text>
                  </Table.Td>
                  <Table.Td>{order.beraterName ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {total > SHOWN && (
          <Text size="xs" c="dimmed">
            {t('more', { count: total - SHOWN })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
