import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../../src-shared/ipc/contracts/orders';
import type { OrderStatus } from '../../../src-shared/orders/order-workflow';
import { api } from '../../api/client';
import { isConflict, notifyError, notifySuccess } from '../../api/notify';
import { notifyConflict } from '../../app/notify-conflict';
import { useOrdersView } from './orders-view-store';

interface Movable {
  id: number;
  version: number;
  title: string;
}

/**
 * Asks the core to move an order to another status. The core is the judge: a refused move shows its
 * German message and changes nothing; a conflict offers "Neu laden".
 */
export function useOrderTransition(onReload?: () => void) {
  const { t } = useTranslation('orders');
  const reload = useOrdersView((s) => s.reload);
  return useCallback(
    async (order: Movable, to: OrderStatus): Promise<OrderDetail | null> => {
      try {
        const moved = await api.orders.transition({ id: order.id, version: order.version, to });
        notifySuccess(t('kanban.moved', { title: moved.title, status: t(`status.${to}`) }));
        reload();
        return moved;
      } catch (error) {
        if (isConflict(error)) {
          notifyConflict(error, () => {
            reload();
            onReload?.();
          });
        } else {
          notifyError(error);
        }
        return null;
      }
    },
    [t, reload, onReload],
  );
}
