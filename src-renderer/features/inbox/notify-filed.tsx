import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { DocumentDetail } from '../../../src-shared/documents/document-schemas';
import { api } from '../../api/client';
import { notifySuccess } from '../../api/notify';
import { useRouter } from '../../app/router-store';
import { formatDate } from '../../i18n/dates';
import { i18n } from '../../i18n/instance';
import { useOrdersView } from '../orders/orders-view-store';

let counter = 0;

/** Shows the created "Bescheid prüfen" order with its Frist and a way to open it. */
export async function notifyOrderCreated(orderId: number, fallback: DocumentDetail['orderProposal']) {
  const t = i18n.getFixedT('de', 'inbox');
  useOrdersView.getState().reload();
  let text: string;
  try {
    const order = await api.orders.get({ id: orderId });
    text = t('review.orderCreatedFor', {
      title: order.title,
      type: order.orderTypeName,
      client: order.clientName,
      due: formatDate(order.dueDate),
    });
  } catch {
    text = t('review.orderCreated', { title: fallback?.title ?? '', due: formatDate(fallback?.dueDate) });
  }
  const id = `order-created-${++counter}`;
  notifications.show({
    id,
    color: 'teal',
    autoClose: 10_000,
    withBorder: true,
    message: (
      <Stack gap="xs" align="flex-start" data-testid="order-created">
        <Text size="sm">{text}</Text>
        <Button
          size="xs"
          variant="light"
          onClick={() => {
            notifications.hide(id);
            useOrdersView.getState().openOrder(orderId);
            useRouter.getState().navigate('orders');
          }}
        >
          {t('review.openOrder')}
        </Button>
      </Stack>
    ),
  });
}

/** After "Bestätigen und ablegen": the order if one was created, else a short confirmation. */
export async function notifyFiled(orderId: number | null, proposal: DocumentDetail['orderProposal']) {
  if (orderId !== null) await notifyOrderCreated(orderId, proposal);
  else notifySuccess(i18n.t('inbox:review.confirmed'));
}
