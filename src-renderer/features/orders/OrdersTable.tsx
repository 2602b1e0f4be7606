import { Alert, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { formatNumber } from '../../i18n/format';
import { activeFilterCount, toListInput } from './list-input';
import { DueDate, PriorityBadge, StatusBadge } from './OrderBadges';
import classes from './OrdersTable.module.css';
import { useOrdersView } from './orders-view-store';

const LIST_LIMIT = 500;

export function OrdersTable() {
  const { t } = useTranslation('orders');
  const filters = useOrdersView((s) => s.filters);
  const reloadToken = useOrdersView((s) => s.reloadToken);
  const openOrder = useOrdersView((s) => s.openOrder);
  const input = toListInput(filters, { withStatus: true, limit: LIST_LIMIT });
  const query = useApiQuery(() => api.orders.list(input), [JSON.stringify(input), reloadToken]);
  const items = query.data?.items ?? [];
  const total = query.data?.total ?? null;

  return (
    <Stack gap="xs" style={{ flex: 1, minHeight: 0 }}>
      <Text size="sm" c="dimmed" aria-live="polite" data-testid="order-count">
        {total === null ? '' : t('count', { count: total, formatted: formatNumber(total) })}
      </Text>
      {total !== null && total > items.length && (
        <Alert color="yellow" variant="light" py={6}>
          {t('truncated', { shown: formatNumber(items.length), total: formatNumber(total) })}
        </Alert>
      )}
      <div className={classes.scroll}>
        <Table highlightOnHover verticalSpacing={6} aria-label={t('table.label')} data-testid="orders-table">
          <Table.Thead className={classes.head}>
            <Table.Tr>
              <Table.Th w={110}>{t('table.due')}</Table.Th>
              <Table.Th>{t('table.order')}</Table.Th>
              <Table.Th>{t('table.client')}</Table.Th>
              <Table.Th>{t('table.beraterAssigned')}</Table.Th>
              <Table.Th w={110}>{t('table.priority')}</Table.Th>
              <Table.Th w={190}>{t('table.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((order) => (
              <Table.Tr
                key={order.id}
                className={classes.row}
                onClick={() => openOrder(order.id)}
                data-testid="order-row"
                data-order-id={order.id}
              >
                <Table.Td>
                  <DueDate due={order.dueDate} overdue={order.overdue} layout="stacked" />
                </Table.Td>
                <Table.Td>
                  <UnstyledButton
                    className={classes.title}
                    onClick={(event) => {
                      event.stopPropagation();
                      openOrder(order.id);
                    }}
                  >
                    <Text size="sm" fw={500} span>
                      {order.title}
                    </Text>
                  </UnstyledButton>
                  <Text size="xs" c="dimmed">
                    {order.orderTypeName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{order.clientName}</Text>
                  <Text size="xs" c="dimmed">
                    {order.clientNumber}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{order.beraterName ?? ''}</Text>
                  {order.assignedUserName && (
                    <Text size="xs" c="dimmed">
                      {t('table.assignedTo', { name: order.assignedUserName })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td className={classes.nowrap}>
                  <PriorityBadge priority={order.priority} />
                </Table.Td>
                <Table.Td className={classes.nowrap}>
                  <StatusBadge status={order.status} />
                </Table.Td>
              </Table.Tr>
            ))}
            {query.data && items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6}>
                  <Text c="dimmed" ta="center" py="lg" data-testid="orders-empty">
                    {activeFilterCount(filters) > 0 ? t('table.empty') : t('table.emptyAll')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </div>
    </Stack>
  );
}
