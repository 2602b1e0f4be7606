import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrderPriority, OrderStatus } from '../../../src-shared/orders/order-workflow';
import { formatDate } from '../../i18n/dates';

export const statusColors: Readonly<Record<OrderStatus, string>> = {
  offen: 'gray',
  in_bearbeitung: 'blue',
  wartet_auf_mandant: 'yellow',
  zur_pruefung: 'grape',
  erledigt: 'teal',
  abgerechnet: 'green',
  storniert: 'red',
};

const priorityColors: Readonly<Record<OrderPriority, string>> = {
  niedrig: 'gray',
  normal: 'blue',
  hoch: 'orange',
  dringend: 'red',
};

export function StatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation('orders');
  return (
    <Badge variant="light" color={statusColors[status]} data-status={status}>
      {t(`status.${status}`)}
    </Badge>
  );
}

export function PriorityBadge({ priority }: { priority: OrderPriority }) {
  const { t } = useTranslation('orders');
  return (
    <Badge variant={priority === 'dringend' ? 'filled' : 'outline'} color={priorityColors[priority]}>
      {t(`priority.${priority}`)}
    </Badge>
  );
}

/** The Frist, red with "überfällig" once the core says it has passed. */
export function DueDate({
  due,
  overdue,
  size = 'sm',
  layout = 'inline',
}: {
  due: string | null;
  overdue: boolean;
  size?: string;
  /** Narrow places (table cells, cards) put the overdue mark below the date. */
  layout?: 'inline' | 'stacked';
}) {
  const { t } = useTranslation('orders');
  if (!due) {
    return (
      <Text size={size} c="dimmed">
        {t('table.noDue')}
      </Text>
    );
  }
  const date = (
    <Text size={size} c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined}>
      {formatDate(due)}
    </Text>
  );
  if (layout === 'stacked') {
    return (
      <Stack gap={0}>
        {date}
        {overdue && (
          <Text size="xs" c="red" fw={600}>
            {t('overdue')}
          </Text>
        )}
      </Stack>
    );
  }
  return (
    <Group gap={6} wrap="nowrap">
      {date}
      {overdue && (
        <Badge size="xs" color="red" variant="filled">
          {t('overdue')}
        </Badge>
      )}
    </Group>
  );
}
