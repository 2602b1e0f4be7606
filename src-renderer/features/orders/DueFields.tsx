import { Alert, Checkbox, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { OrderDetail, OrderType } from '../../../src-shared/ipc/contracts/orders';
import { DateField } from '../../app/DateField';
import { formatDateWithWeekday } from '../../i18n/dates';
import { DueReason } from './DueReason';
import type { DueMode, OrderFormValues } from './order-form';

interface Props {
  form: UseFormReturnType<OrderFormValues>;
  type: OrderType | undefined;
  /** Set when editing: the Frist as it stands, with the core's reason. */
  order?: OrderDetail;
}

export function dueModesFor(type: OrderType | undefined, order?: OrderDetail): DueMode[] {
  if (order) {
    // An Einspruch Frist can only be recomputed from the Bescheid date it was computed from.
    const recomputable =
      type?.deadlineRule != null && (type.deadlineRule !== 'einspruch' || order.dueSource === 'einspruch');
    return ['keep', 'manual', ...(recomputable ? (['recompute'] as const) : []), 'none'];
  }
  return type?.deadlineRule ? ['auto', 'manual'] : ['none', 'manual'];
}

export function DueFields({ form, type, order }: Props) {
  const { t } = useTranslation('orders');
  const modes = dueModesFor(type, order);
  const labels: Record<DueMode, string> = {
    auto: t('form.dueAuto'),
    manual: t('form.dueManual'),
    none: order ? t('form.dueRemove') : t('form.dueNone'),
    keep: t('form.dueKeep'),
    recompute: t('form.dueRecompute'),
  };
  const mode = form.values.dueMode;
  return (
    <Stack gap="xs">
      <Group gap="sm" align="center">
        <Text size="sm" fw={500} id="due-mode-label">
          {t('form.dueMode')}
        </Text>
        <SegmentedControl
          aria-labelledby="due-mode-label"
          data={modes.map((value) => ({ value, label: labels[value] }))}
          value={mode}
          onChange={(value) => form.setFieldValue('dueMode', value as DueMode)}
          size="xs"
        />
      </Group>
      {order && mode === 'keep' && (
        <Alert variant="light" color="gray" title={t('form.dueCurrent')} p="sm">
          <Text size="sm" fw={600}>
            {order.dueDate ? formatDateWithWeekday(order.dueDate) : t('table.noDue')}
          </Text>
          <DueReason order={order} />
        </Alert>
      )}
      {mode === 'manual' && (
        <Group gap="sm" grow align="flex-start">
          <DateField
            label={t('form.dueDate')}
            withAsterisk
            value={form.values.dueDate}
            onChange={(value) => form.setFieldValue('dueDate', value)}
            error={form.errors['dueDate']}
          />
          <TextInput
            label={t('form.dueNote')}
            placeholder={t('form.dueNotePlaceholder')}
            maxLength={500}
            {...form.getInputProps('dueNote')}
          />
        </Group>
      )}
      {mode === 'auto' && type?.deadlineRule === 'einspruch' && (
        <Stack gap={6}>
          <DateField
            label={t('form.bescheidDate')}
            description={t('form.bescheidHint')}
            withAsterisk
            value={form.values.bescheidDate}
            onChange={(value) => form.setFieldValue('bescheidDate', value)}
            error={form.errors['bescheidDate']}
            maw={520}
          />
          <Checkbox
            label={t('form.ohneRechtsbehelfsbelehrung')}
            {...form.getInputProps('ohneRechtsbehelfsbelehrung', { type: 'checkbox' })}
          />
        </Stack>
      )}
      {mode === 'auto' && (
        <Text size="xs" c="dimmed">
          {t('form.dueAutoHint')}
        </Text>
      )}
      {mode === 'recompute' && (
        <Text size="xs" c="dimmed">
          {t('form.dueRecomputeHint')}
        </Text>
      )}
    </Stack>
  );
}
