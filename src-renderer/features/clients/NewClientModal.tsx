import { Button, Group, Input, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../src-shared/ipc/contracts/clients';
import { api } from '../../api/client';
import { fieldErrorsOf, notifyError, notifySuccess } from '../../api/notify';
import {
  emptyClientForm,
  toCreateClientInput,
  toFormErrors,
  validateClientForm,
  type ClientFormValues,
} from './client-form';

interface Props {
  opened: boolean;
  onClose: () => void;
  onCreated: (client: ClientSummary) => void;
}

export function NewClientModal({ opened, onClose, onCreated }: Props) {
  const { t } = useTranslation('clients');
  const [submitting, setSubmitting] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ClientFormValues>({
    mode: 'controlled',
    initialValues: emptyClientForm,
    validate: validateClientForm,
  });

  const close = () => {
    form.reset();
    setFormError(null);
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    setSubmitting(true);
    setFormError(null);
    try {
      const created = await api.clients.create(toCreateClientInput(values));
      notifySuccess(t('form.created', { number: created.clientNumber }));
      onCreated(created);
      close();
    } catch (error) {
      const fields = fieldErrorsOf(error);
      const mapped = fields ? toFormErrors(fields) : null;
      if (mapped && Object.keys(mapped.errors).length > 0) {
        form.setErrors(mapped.errors);
        if (mapped.unmatched.length > 0) setFormError(mapped.unmatched.join(' '));
      } else {
        notifyError(error);
      }
    } finally {
      setSubmitting(false);
    }
  });

  const isPerson = form.values.kind === 'person';

  return (
    <Modal opened={opened} onClose={close} title={t('form.title')} size="md" centered>
      <form onSubmit={submit} noValidate data-testid="new-client-form">
        <Stack gap="md">
          <Stack gap={2}>
            <Input.Label labelElement="div" id="new-client-kind-label">
              {t('form.kind')}
            </Input.Label>
            <SegmentedControl
              fullWidth
              aria-labelledby="new-client-kind-label"
              data={[
                { value: 'person', label: t('form.kindPerson') },
                { value: 'company', label: t('form.kindCompany') },
              ]}
              {...form.getInputProps('kind')}
              onChange={(value) => {
                form.setFieldValue('kind', value === 'company' ? 'company' : 'person');
                form.clearErrors();
              }}
            />
          </Stack>
          {isPerson ? (
            <>
              <TextInput
                label={t('form.firstName')}
                maxLength={100}
                data-autofocus
                {...form.getInputProps('firstName')}
              />
              <TextInput
                label={t('form.lastName')}
                withAsterisk
                maxLength={100}
                {...form.getInputProps('lastName')}
              />
            </>
          ) : (
            <TextInput
              label={t('form.companyName')}
              placeholder={t('form.companyPlaceholder')}
              withAsterisk
              maxLength={200}
              data-autofocus
              {...form.getInputProps('companyName')}
            />
          )}
          {formError && (
            <Text size="sm" c="red" role="alert">
              {formError}
            </Text>
          )}
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={close} disabled={submitting}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={submitting} data-testid="new-client-submit">
              {t('form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
