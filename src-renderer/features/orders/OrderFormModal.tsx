import {
  Alert,
  Button,
  Divider,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail, OrderType } from '../../../src-shared/ipc/contracts/orders';
import { orderPriorities, type OrderPriority } from '../../../src-shared/orders/order-workflow';
import { api } from '../../api/client';
import { asAppError, fieldErrorsOf, isConflict, notifyError, notifySuccess } from '../../api/notify';
import { DateField } from '../../app/DateField';
import { splitFieldErrors } from '../../app/form-errors';
import { todayLocal } from '../../i18n/dates';
import { ClientPicker } from './ClientPicker';
import { DueFields } from './DueFields';
import { beraterOptions, orderTypeOptions, userOptions, useLookups } from './lookups-store';
import {
  emptyOrderForm,
  orderFieldOf,
  orderFormFields,
  orderFormFrom,
  periodDefaults,
  periodOf,
  periodText,
  toCreateInput,
  toUpdateInput,
  type OrderFormValues,
} from './order-form';
import { PeriodFields } from './PeriodFields';

interface Props {
  /** null: create a new order; an order: edit it. */
  order: OrderDetail | null;
  onClose: () => void;
  onSaved: (order: OrderDetail) => void;
}

/** Mounted only while open, so every opening starts from the order as it is now. */
export function OrderFormModal({ order, onClose, onSaved }: Props) {
  const { t } = useTranslation('orders');
  const orderTypes = useLookups((s) => s.orderTypes);
  const berater = useLookups((s) => s.berater);
  const users = useLookups((s) => s.users);
  const [base, setBase] = useState(order);
  const [submitting, setSubmitting] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const today = todayLocal();
  const editing = base !== null;

  const form = useForm<OrderFormValues>({
    mode: 'controlled',
    initialValues: base ? orderFormFrom(base) : emptyOrderForm,
    validate: (values) => {
      const errors: Record<string, string> = {};
      if (editing) {
        if (values.dueMode === 'manual' && !values.dueDate) errors['dueDate'] = t('form.requiredDue');
        return errors;
      }
      const type = typeOf(values.orderTypeId);
      if (!values.client) errors['client'] = t('form.required', { what: t('form.requiredClient') });
      if (!type) errors['orderTypeId'] = t('form.required', { what: t('form.requiredType') });
      if (type && type.periodKind !== 'keiner' && !periodOf(values, type)) {
        errors['periodYear'] = t('form.requiredPeriod');
      }
      if (values.dueMode === 'manual' && !values.dueDate) errors['dueDate'] = t('form.requiredDue');
      if (values.dueMode === 'auto' && type?.deadlineRule === 'einspruch' && !values.bescheidDate) {
        errors['bescheidDate'] = t('form.requiredBescheid');
      }
      return errors;
    },
  });

  function typeOf(id: string | null): OrderType | undefined {
    return orderTypes.find((type) => String(type.id) === id);
  }
  const type = typeOf(form.values.orderTypeId);

  const chooseType = (id: string | null) => {
    const chosen = typeOf(id);
    form.setValues({
      orderTypeId: id,
      ...(chosen ? periodDefaults(chosen, today) : {}),
      dueMode: chosen?.deadlineRule ? 'auto' : 'none',
    });
  };

  const reloadBase = async () => {
    if (!base) return;
    try {
      const fresh = await api.orders.get({ id: base.id });
      setBase(fresh);
      form.setValues(orderFormFrom(fresh));
      form.resetDirty();
      setConflict(null);
    } catch (error) {
      notifyError(error);
    }
  };

  const submit = form.onSubmit(async (values) => {
    setSubmitting(true);
    setFormError(null);
    setConflict(null);
    try {
      if (base) {
        const saved = await api.orders.update(toUpdateInput(values, base));
        notifySuccess(t('form.saved'));
        onSaved(saved);
      } else if (type) {
        const created = await api.orders.create(toCreateInput(values, type));
        notifySuccess(t('form.created', { title: created.title }));
        onSaved(created);
      }
    } catch (error) {
      if (isConflict(error)) {
        setConflict(asAppError(error).userMessage);
        return;
      }
      const fields = fieldErrorsOf(error);
      if (fields) {
        const { errors, unmatched } = splitFieldErrors(fields, orderFormFields, orderFieldOf);
        form.setErrors(errors);
        if (unmatched.length > 0) setFormError(unmatched.join(' '));
      } else {
        setFormError(asAppError(error).userMessage);
      }
    } finally {
      setSubmitting(false);
    }
  });

  const periodName = periodText(form.values, type);
  const exampleTitle = type ? (periodName ? `${type.name} ${periodName}` : type.name) : '';

  return (
    <Modal
      opened
      onClose={onClose}
      title={editing ? t('form.editTitle') : t('form.createTitle')}
      size="xl"
      centered
    >
      <form onSubmit={submit} noValidate data-testid="order-form">
        <Stack gap="sm">
          <SimpleGrid cols={2} spacing="sm">
            <ClientPicker
              label={t('form.client')}
              placeholder={t('clientPicker.placeholder')}
              withAsterisk={!editing}
              disabled={editing}
              activeOnly
              value={form.values.client}
              onChange={(client) => form.setFieldValue('client', client)}
              error={form.errors['client']}
              data-autofocus
            />
            <Select
              label={t('form.type')}
              placeholder={t('form.typePlaceholder')}
              withAsterisk={!editing}
              disabled={editing}
              searchable
              data={orderTypeOptions(orderTypes, base?.orderTypeId)}
              value={form.values.orderTypeId}
              onChange={chooseType}
              error={form.errors['orderTypeId']}
            />
          </SimpleGrid>
          {!editing && type && <PeriodFields form={form} type={type} today={today} />}
          {editing && base?.periodLabel && (
            <Text size="sm">
              {t('form.period')}: {base.periodLabel}
            </Text>
          )}
          <TextInput
            label={t('form.title')}
            placeholder={
              editing
                ? undefined
                : exampleTitle
                  ? t('form.titlePlaceholder', { example: exampleTitle })
                  : t('form.titlePlaceholderGeneric')
            }
            maxLength={200}
            {...form.getInputProps('title')}
          />
          <Textarea
            label={t('form.description')}
            autosize
            minRows={2}
            maxRows={5}
            maxLength={5000}
            {...form.getInputProps('description')}
          />
          <SimpleGrid cols={3} spacing="sm">
            <Select
              label={t('form.berater')}
              placeholder={editing ? t('form.beraterNone') : t('form.beraterPlaceholder')}
              data={beraterOptions(berater, base?.beraterId)}
              clearable
              searchable
              {...form.getInputProps('beraterId')}
            />
            <Select
              label={t('form.assigned')}
              placeholder={t('form.assignedPlaceholder')}
              data={userOptions(users, base?.assignedUserId)}
              clearable
              searchable
              {...form.getInputProps('assignedUserId')}
            />
            <Select
              label={t('form.priority')}
              data={orderPriorities.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
              allowDeselect={false}
              value={form.values.priority}
              onChange={(value) => form.setFieldValue('priority', (value ?? 'normal') as OrderPriority)}
            />
          </SimpleGrid>
          <Divider label={t('form.due')} labelPosition="left" mt="xs" />
          <DueFields form={form} type={type} order={base ?? undefined} />
          <SimpleGrid cols={3} spacing="sm">
            <DateField
              label={t('form.reminder')}
              value={form.values.reminderDate}
              onChange={(value) => form.setFieldValue('reminderDate', value)}
              error={form.errors['reminderDate']}
            />
          </SimpleGrid>
          <Textarea
            label={t('form.notes')}
            autosize
            minRows={2}
            maxRows={6}
            maxLength={10000}
            {...form.getInputProps('notes')}
          />
          {conflict && (
            <Alert color="orange" variant="light" role="alert" data-testid="order-conflict">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{conflict}</Text>
                <Button size="xs" variant="light" color="orange" onClick={() => void reloadBase()}>
                  {t('detail.reload')}
                </Button>
              </Stack>
            </Alert>
          )}
          {formError && (
            <Alert color="red" variant="light" role="alert">
              {formError}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose} disabled={submitting}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={submitting}>
              {editing ? t('form.save') : t('form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
