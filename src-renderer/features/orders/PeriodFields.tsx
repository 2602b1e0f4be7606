import { Group, SegmentedControl, Select, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { OrderType } from '../../../src-shared/ipc/contracts/orders';
import type { OrderFormValues } from './order-form';

interface Props {
  form: UseFormReturnType<OrderFormValues>;
  type: OrderType;
  today: string;
}

/** Year, month or quarter, as the order type's period kind asks; the core accepts today's year −10 … +2. */
export function PeriodFields({ form, type, today }: Props) {
  const { t } = useTranslation('orders');
  const year = Number(today.slice(0, 4));
  const years = Array.from({ length: 13 }, (_, i) => String(year + 2 - i));
  const months = Array.from({ length: 12 }, (_, i) => ({
    value: String(i + 1),
    label: dayjs(`2024-${String(i + 1).padStart(2, '0')}-01`).format('MMMM'),
  }));
  const quarters = [1, 2, 3, 4].map((n) => ({ value: String(n), label: t('form.quarterLabel', { n }) }));

  if (type.periodKind === 'jahr') {
    return (
      <Select
        label={t('form.taxYear')}
        data={years}
        withAsterisk
        allowDeselect={false}
        w={200}
        {...form.getInputProps('periodYear')}
      />
    );
  }
  if (type.periodKind !== 'monat_oder_quartal') return null;
  const quarterly = form.values.periodMode === 'quarter';
  return (
    <Stack gap={6}>
      <SegmentedControl
        aria-label={t('form.periodKind')}
        data={[
          { value: 'month', label: t('form.month') },
          { value: 'quarter', label: t('form.quarter') },
        ]}
        value={form.values.periodMode}
        onChange={(value) => form.setFieldValue('periodMode', value === 'quarter' ? 'quarter' : 'month')}
        w={240}
        size="xs"
      />
      <Group gap="sm" grow>
        {quarterly ? (
          <Select
            label={t('form.quarter')}
            data={quarters}
            withAsterisk
            allowDeselect={false}
            {...form.getInputProps('periodQuarter')}
          />
        ) : (
          <Select
            label={t('form.month')}
            data={months}
            withAsterisk
            allowDeselect={false}
            {...form.getInputProps('periodMonth')}
          />
        )}
        <Select
          label={t('form.year')}
          data={years}
          withAsterisk
          allowDeselect={false}
          {...form.getInputProps('periodYear')}
        />
      </Group>
    </Stack>
  );
}
