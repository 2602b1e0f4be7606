import { Badge, Button, Drawer, Group, Loader, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../../src-shared/ipc/contracts/orders';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { formatDate, formatDateTime, formatDateWithWeekday } from '../../i18n/dates';
import { useCan } from '../auth/use-access';
import { CreateLetterButton } from '../templates/LetterModal';
import { DueReason } from './DueReason';
import { PriorityBadge, StatusBadge } from './OrderBadges';
import { OrderDocuments } from './OrderDocuments';
import { OrderFormModal } from './OrderFormModal';
import { AuditTable, StatusTimeline } from './OrderHistory';
import { useOrdersView } from './orders-view-store';
import { StatusMenu } from './StatusMenu';
import { useOrderTransition } from './use-order-transition';

export function OrderDetailDrawer() {
  const { t } = useTranslation('orders');
  const openOrderId = useOrdersView((s) => s.openOrderId);
  const openOrder = useOrdersView((s) => s.openOrder);
  const reloadAll = useOrdersView((s) => s.reload);
  const [editing, setEditing] = useState<OrderDetail | null>(null);
  return (
    <>
      <Drawer
        opened={openOrderId !== null}
        onClose={() => openOrder(null)}
        // Escape is heard by every open overlay: while the form is open it closes only the form.
        closeOnEscape={editing === null}
        position="right"
        size={640}
        title={t('detail.label')}
        closeButtonProps={{ 'aria-label': t('detail.close') }}
      >
        {openOrderId !== null && <OrderDetailView key={openOrderId} id={openOrderId} onEdit={setEditing} />}
      </Drawer>
      {editing && (
        <OrderFormModal
          order={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reloadAll();
          }}
        />
      )}
    </>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={170} fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

function OrderDetailView({ id, onEdit }: { id: number; onEdit: (order: OrderDetail) => void }) {
  const { t } = useTranslation('orders');
  const reloadToken = useOrdersView((s) => s.reloadToken);
  const canWrite = useCan('write');
  const detail = useApiQuery(() => api.orders.get({ id }), [id, reloadToken]);
  const audit = useApiQuery(
    () => api.audit.list({ entityType: 'order', entityId: String(id), limit: 500 }),
    [id, reloadToken],
  );
  const transition = useOrderTransition();
  const order = detail.data;

  if (!order) {
    return detail.error ? (
      <Text c="red">{detail.error.userMessage}</Text>
    ) : (
      <Loader size="sm" aria-label={t('detail.label')} />
    );
  }
  const none = t('detail.none');

  return (
    <Stack gap="md" data-testid="order-detail" data-order-id={order.id}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Title order={3} size="h4">
            {order.title}
          </Title>
          <Group gap="xs">
            <StatusBadge status={order.status} />
            <PriorityBadge priority={order.priority} />
          </Group>
        </Stack>
        {canWrite && (
          <Group gap="xs" wrap="nowrap">
            <CreateLetterButton
              size="xs"
              client={{ id: order.clientId, label: `${order.clientName} (${order.clientNumber})` }}
              orderId={order.id}
            />
            <Button variant="default" size="xs" onClick={() => onEdit(order)}>
              {t('detail.edit')}
            </Button>
            <StatusMenu order={order} onMove={(to) => void transition(order, to)} />
          </Group>
        )}
      </Group>
      <Tabs defaultValue="overview" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="overview">{t('detail.tabs.overview')}</Tabs.Tab>
          <Tabs.Tab value="status">{t('detail.tabs.status')}</Tabs.Tab>
          <Tabs.Tab value="documents">{t('detail.tabs.documents')}</Tabs.Tab>
          <Tabs.Tab value="audit">{t('detail.tabs.audit')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="sm">
          <Table variant="vertical" layout="fixed" withRowBorders={false} verticalSpacing={6}>
            <Table.Tbody>
              <Row label={t('detail.client')}>
                {order.clientName} ({order.clientNumber})
              </Row>
              <Row label={t('detail.type')}>{order.orderTypeName}</Row>
              <Row label={t('detail.period')}>{order.periodLabel ?? none}</Row>
              <Row label={t('detail.berater')}>{order.beraterName ?? none}</Row>
              <Row label={t('detail.assigned')}>{order.assignedUserName ?? none}</Row>
              <Row label={t('detail.due')}>
                <Stack gap={6} data-testid="order-due">
                  {order.dueDate ? (
                    <Group gap="xs">
                      <Text size="sm" fw={600} c={order.overdue ? 'red' : undefined}>
                        {formatDateWithWeekday(order.dueDate)}
                      </Text>
                      {order.overdue && (
                        <Badge size="xs" color="red" variant="filled">
                          {t('overdue')}
                        </Badge>
                      )}
                    </Group>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('table.noDue')}
                    </Text>
                  )}
                  <DueReason order={order} />
                </Stack>
              </Row>
              <Row label={t('detail.reminder')}>
                {order.reminderDate ? formatDate(order.reminderDate) : none}
              </Row>
              <Row label={t('detail.description')}>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {order.description ?? none}
                </Text>
              </Row>
              <Row label={t('detail.notes')}>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {order.notes ?? none}
                </Text>
              </Row>
              <Row label={t('detail.created')}>{formatDateTime(order.createdAt)}</Row>
              <Row label={t('detail.updated')}>{formatDateTime(order.updatedAt)}</Row>
            </Table.Tbody>
          </Table>
        </Tabs.Panel>
        <Tabs.Panel value="status" pt="md">
          <StatusTimeline history={order.statusHistory} />
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="sm">
          <OrderDocuments orderId={order.id} />
        </Tabs.Panel>
        <Tabs.Panel value="audit" pt="sm">
          <AuditTable entries={audit.data?.items ?? []} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
