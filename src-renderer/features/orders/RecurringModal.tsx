import { Alert, Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecurringResult } from '../../../src-shared/ipc/contracts/orders';
import { api } from '../../api/client';
import { asAppError, fieldErrorsOf } from '../../api/notify';
import { useOrdersView } from './orders-view-store';

export function RecurringModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('orders');
  const reload = useOrdersView((s) => s.reload);
  const [period, setPeriod] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<RecurringResult | null>(null);
  const [running, setRunning] = useState(false);

  const run = async (event: FormEvent) => {
    event.preventDefault();
    setRunning(true);
    setError(null);
    setResult(null);
    try {
      const outcome = await api.orders.generateRecurring({ period });
      setResult(outcome);
      if (outcome.created > 0) reload();
    } catch (failure) {
      setError(fieldErrorsOf(failure)?.['period'] ?? asAppError(failure).userMessage);
    } finally {
      setRunning(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('recurring.title')} size="lg" centered>
      <form onSubmit={run} noValidate data-testid="recurring-form">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('recurring.intro')}
          </Text>
          <Group align="flex-start" gap="sm">
            <TextInput
              label={t('recurring.period')}
              placeholder={t('recurring.periodHint')}
              description={t('recurring.periodHint')}
              value={period}
              onChange={(e) => setPeriod(e.currentTarget.value)}
              error={error}
              maxLength={10}
              w={260}
              data-autofocus
            />
            <Button type="submit" loading={running} mt={42}>
              {t('recurring.submit')}
            </Button>
          </Group>
          {result && (
            <Alert
              color={result.errors.length > 0 ? 'yellow' : 'teal'}
              variant="light"
              data-testid="recurring-result"
            >
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  {t('recurring.result', { period: result.period })}
                </Text>
                <Text size="sm">{t('recurring.created', { count: result.created })}</Text>
                <Text size="sm">{t('recurring.skipped', { count: result.skipped })}</Text>
                {result.errors.length > 0 && (
                  <>
                    <Text size="sm" fw={600} mt={4}>
                      {t('recurring.errors')}
                    </Text>
                    <List size="sm">
                      {result.errors.map((e) => (
                        <List.Item key={e.clientId}>
                          {e.clientName}: {e.message}
                        </List.Item>
                      ))}
                    </List>
                  </>
                )}
              </Stack>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('recurring.close')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
