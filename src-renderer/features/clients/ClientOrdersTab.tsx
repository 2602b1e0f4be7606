import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { formatDate } from '../../i18n/dates';

const LIMIT = 100;

/** The client's Aufträge, Frist first. */
export function ClientOrdersTab({ clientId }: { clientId: number }) {
  const { t } = useTranslation('clients');
  const { t: tOrders } = useTranslation('orders');
  const orders = useApiQuery(
    () => api.orders.list({ clientId, sortBy: 'dueDate', sortDir: 'asc', offset: 0, limit: LIMIT }),
    [clientId],
  );
  const items = orders.data?.items ?? [];
  if (orders.data && items.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="client-orders-empty">
        {t('detail.orders.empty')}
      </Text>
    );
  }
  const total = orders.data?.total ?? 0;
  return (
    <>
      <Table verticalSpacing={6} data-testid="client-orders">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('detail.orders.title')}</Table.Th>
            <Table.Th w={140}>{t('detail.orders.status')}</Table.Th>
            <Table.Th w={110}>{t('detail.orders.due')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((order) => (
            <Table.Tr key={order.id} data-testid="client-order">
              <Table.Td>{order.title}</Table.Td>
              <Table.Td>
                <Badge size="sm" variant="light">
                  {tOrders(`status.${order.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={order.overdue ? 'red' : undefined}>
                  {order.dueDate ? formatDate(order.dueDate) : t('detail.orders.noDue')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {total > items.length && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('detail.orders.more', { count: total - items.length })}
        </Text>
      )}
    </>
  );
}
