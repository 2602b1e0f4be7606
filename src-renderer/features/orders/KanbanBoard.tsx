import { Badge, Stack, Text } from '@mantine/core';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '../../../src-shared/ipc/contracts/orders';
import { canTransition, orderStatuses, type OrderStatus } from '../../../src-shared/orders/order-workflow';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { useCan } from '../auth/use-access';
import classes from './Kanban.module.css';
import { KanbanCard, ORDER_DRAG_TYPE } from './KanbanCard';
import { toListInput } from './list-input';
import { useOrdersView } from './orders-view-store';
import { useOrderTransition } from './use-order-transition';

const BOARD_LIMIT = 1_000;

const draggedId = (event: DragEvent): number | null => {
  const raw = event.dataTransfer.getData(ORDER_DRAG_TYPE) || event.dataTransfer.getData('text/plain');
  const id = Number(raw);
  return Number.isInteger(id) && id > 0 ? id : null;
};

export function KanbanBoard() {
  const { t } = useTranslation('orders');
  const filters = useOrdersView((s) => s.filters);
  const reloadToken = useOrdersView((s) => s.reloadToken);
  const openOrder = useOrdersView((s) => s.openOrder);
  const canWrite = useCan('write');
  const input = toListInput(filters, { withStatus: false, limit: BOARD_LIMIT });
  const query = useApiQuery(() => api.orders.list(input), [JSON.stringify(input), reloadToken]);
  const transition = useOrderTransition();
  const [dragging, setDragging] = useState<OrderSummary | null>(null);
  const [over, setOver] = useState<OrderStatus | null>(null);
  const items = query.data?.items ?? [];

  const dropState = (status: OrderStatus) => {
    if (!dragging || dragging.status === status) return undefined;
    return canTransition(dragging.status, status) ? 'allowed' : 'refused';
  };

  // Every column takes the drop, also the refused ones: the core then says why in German, and the card stays.
  const drop = (status: OrderStatus) => (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(null);
    const id = draggedId(event) ?? dragging?.id ?? null;
    setDragging(null);
    const order = items.find((o) => o.id === id);
    if (!order || order.status === status) return;
    void transition(order, status);
  };

  return (
    <Stack gap="xs" style={{ flex: 1, minHeight: 0 }}>
      {canWrite && (
        <Text size="xs" c="dimmed">
          {t('kanban.dragHint')}
        </Text>
      )}
      <div className={classes.board} role="list" aria-label={t('kanban.label')} data-testid="kanban-board">
        {orderStatuses.map((status) => {
          const cards = items.filter((o) => o.status === status);
          return (
            <div
              key={status}
              role="listitem"
              aria-label={t('kanban.column', { status: t(`status.${status}`) })}
              className={classes.column}
              data-testid={`kanban-column-${status}`}
              data-drop={dropState(status)}
              data-terminal={status === 'abgerechnet' || status === 'storniert' || undefined}
              data-over={over === status || undefined}
              onDragOver={(event) => {
                // Only our cards: a file dragged in from the desktop is no status change.
                if (!canWrite || !event.dataTransfer.types.includes(ORDER_DRAG_TYPE)) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
                if (over !== status) setOver(status);
              }}
              onDragLeave={() => setOver((current) => (current === status ? null : current))}
              onDrop={canWrite ? drop(status) : undefined}
            >
              <div className={classes.columnHead}>
                <Text size="sm" fw={600}>
                  {t(`status.${status}`)}
                </Text>
                <Badge size="xs" variant="light" color="gray" className={classes.count}>
                  {cards.length}
                </Badge>
              </div>
              <div className={classes.columnBody}>
                {cards.map((order) => (
                  <KanbanCard
                    key={order.id}
                    order={order}
                    canMove={canWrite}
                    dragging={dragging?.id === order.id}
                    onOpen={() => openOrder(order.id)}
                    onDragStart={() => setDragging(order)}
                    onDragEnd={() => {
                      setDragging(null);
                      setOver(null);
                    }}
                    onMove={(to) => void transition(order, to)}
                  />
                ))}
                {cards.length === 0 && (
                  <Text size="xs" c="dimmed" ta="center" py="sm">
                    {dropState(status) === 'allowed' ? t('kanban.dropHere') : t('kanban.empty')}
                  </Text>
                )}
              </div>
            </div>
          );
        })}
      </div>
    </Stack>
  );
}
