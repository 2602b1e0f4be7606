import { ActionIcon, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '../../../src-shared/ipc/contracts/orders';
import { orderTransitions, type OrderStatus } from '../../../src-shared/orders/order-workflow';
import { DotsIcon } from '../../app/icons';

interface Props {
  order: Pick<OrderSummary, 'id' | 'title' | 'status'>;
  onMove: (to: OrderStatus) => void;
}

/** The keyboard way to move a card: the statuses the workflow allows from here. */
export function StatusMenu({ order, onMove }: Props) {
  const { t } = useTranslation('orders');
  const targets = orderTransitions[order.status];
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={t('kanban.statusMenu', { title: order.title })}
          onClick={(event) => event.stopPropagation()}
        >
          <DotsIcon size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown onClick={(event) => event.stopPropagation()}>
        <Menu.Label>{targets.length > 0 ? t('kanban.moveTo') : t('kanban.noMoves')}</Menu.Label>
        {targets.map((to) => (
          <Menu.Item key={to} onClick={() => onMove(to)}>
            {t(`status.${to}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
