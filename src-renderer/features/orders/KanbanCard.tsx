import { Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '../../../src-shared/ipc/contracts/orders';
import type { OrderStatus } from '../../../src-shared/orders/order-workflow';
import classes from './Kanban.module.css';
import { DueDate } from './OrderBadges';
import { StatusMenu } from './StatusMenu';

/** The drag payload type; text/plain is set as well for tools that only read that. */
export const ORDER_DRAG_TYPE = 'application/x-rsk-order';

interface Props {
  order: OrderSummary;
  canMove: boolean;
  dragging: boolean;
  onOpen: () => void;
  onDragStart: () => void;
  onDragEnd: () => void;
  onMove: (to: OrderStatus) => void;
}

const priorityColor = { hoch: 'orange', dringend: 'red' } as const;

export function KanbanCard({ order, canMove, dragging, onOpen, onDragStart, onDragEnd, onMove }: Props) {
  const { t } = useTranslation('orders');
  const start = (event: DragEvent<HTMLDivElement>) => {
    event.dataTransfer.setData(ORDER_DRAG_TYPE, String(order.id));
    event.dataTransfer.setData('text/plain', String(order.id));
    event.dataTransfer.effectAllowed = 'move';
    onDragStart();
  };
  return (
    <Paper
      withBorder
      radius="sm"
      px={8}
      py={6}
      className={classes.card}
      draggable={canMove}
      onDragStart={canMove ? start : undefined}
      onDragEnd={onDragEnd}
      data-dragging={dragging || undefined}
      data-testid="kanban-card"
      data-order-id={order.id}
      data-status={order.status}
      data-priority={order.priority}
    >
      <UnstyledButton className={classes.cardTitle} onClick={onOpen}>
        {order.title}
      </UnstyledButton>
      <Text size="xs" c="dimmed" truncate mt={2}>
        {order.clientName}
      </Text>
      {order.beraterName && (
        <Text size="xs" c="dimmed" truncate>
          {order.beraterName}
        </Text>
      )}
      <Group justify="space-between" gap={4} mt={4} wrap="nowrap">
        <Stack gap={0}>
          <DueDate due={order.dueDate} overdue={order.overdue} size="xs" layout="stacked" />
          {order.priority !== 'normal' && (
            <Text size="xs" c={order.priority === 'niedrig' ? 'dimmed' : priorityColor[order.priority]}>
              {t('form.priority')}: {t(`priority.${order.priority}`)}
            </Text>
          )}
        </Stack>
        {canMove && <StatusMenu order={order} onMove={onMove} />}
      </Group>
    </Paper>
  );
}
