import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../../src-shared/ipc/contracts/orders';

/** Why the Frist is what it is: the core's German summary and the engine's steps with their legal basis. */
export function DueReason({ order }: { order: Pick<OrderDetail, 'dueReason' | 'dueSteps'> }) {
  const { t } = useTranslation('orders');
  if (!order.dueReason) return null;
  // The stored text repeats the steps as bullet lines below its first line; the steps are shown from their data.
  const summary = order.dueSteps.length > 0 ? (order.dueReason.split('\n')[0] ?? '') : order.dueReason;
  return (
    <Stack gap={4} data-testid="due-reason">
      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
        {summary}
      </Text>
      {order.dueSteps.length > 0 && (
        <>
          <Text size="xs" fw={600} c="dimmed" mt={4}>
            {t('detail.dueSteps')}
          </Text>
          <List size="xs" spacing={2} data-testid="due-steps">
            {order.dueSteps.map((step, index) => (
              <List.Item key={`${step.code}-${index}`}>
                <Text size="xs" span>
                  {step.explanation}{' '}
                </Text>
                <Text size="xs" c="dimmed" span>
                  ({step.legalBasis})
                </Text>
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}
