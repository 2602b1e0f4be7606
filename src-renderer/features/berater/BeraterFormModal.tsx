import {
  Alert,
  Autocomplete,
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { beraterProfessions, type Berater } from '../../../src-shared/ipc/contracts/berater';
import { api } from '../../api/client';
import { asAppError, fieldErrorsOf, isConflict, notifyError, notifySuccess } from '../../api/notify';
import { splitFieldErrors } from '../../app/form-errors';
import { userOptions, type DirectoryUser } from '../orders/lookups-store';
import {
  beraterFormFields,
  beraterFormFrom,
  emptyBeraterForm,
  toCreateBerater,
  toUpdateBerater,
  validateBeraterForm,
  type BeraterFormValues,
} from './berater-form';

interface Props {
  berater: Berater | null;
  users: DirectoryUser[];
  onClose: () => void;
  onSaved: (berater: Berater) => void;
}

/** Mounted only while open: every opening starts from the Berater as loaded. */
export function BeraterFormModal({ berater, users, onClose, onSaved }: Props) {
  const { t } = useTranslation('berater');
  const { t: tShell } = useTranslation('shell');
  const [base, setBase] = useState(berater);
  const [submitting, setSubmitting] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const form = useForm<BeraterFormValues>({
    mode: 'controlled',
    initialValues: base ? beraterFormFrom(base) : emptyBeraterForm,
    validate: validateBeraterForm,
  });

  const reloadBase = async () => {
    if (!base) return;
    try {
      const fresh = await api.berater.get({ id: base.id });
      setBase(fresh);
      form.setValues(beraterFormFrom(fresh));
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
      const saved = base
        ? await api.berater.update(toUpdateBerater(values, base))
        : await api.berater.create(toCreateBerater(values));
      notifySuccess(base ? t('form.saved') : t('form.created', { name: saved.name }));
      onSaved(saved);
    } catch (error) {
      if (isConflict(error) && base) {
        setConflict(asAppError(error).userMessage);
        return;
      }
      const fields = fieldErrorsOf(error);
      if (fields) {
        const { errors, unmatched } = splitFieldErrors(fields, beraterFormFields);
        form.setErrors(errors);
        if (unmatched.length > 0) setFormError(unmatched.join(' '));
      } else {
        setFormError(asAppError(error).userMessage);
      }
    } finally {
      setSubmitting(false);
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={base ? t('form.editTitle') : t('form.createTitle')}
      size="lg"
      centered
    >
      <form onSubmit={submit} noValidate data-testid="berater-form">
        <Stack gap="sm">
          <TextInput
            label={t('form.name')}
            placeholder={t('form.namePlaceholder')}
            withAsterisk
            maxLength={200}
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Autocomplete
            label={t('form.profession')}
            placeholder={t('form.professionPlaceholder')}
            withAsterisk
            data={[...beraterProfessions]}
            maxLength={200}
            {...form.getInputProps('profession')}
          />
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              label={t('form.beraterNumber')}
              maxLength={50}
              {...form.getInputProps('beraterNumber')}
            />
            <TextInput label={t('form.kammer')} maxLength={200} {...form.getInputProps('kammer')} />
            <TextInput
              label={t('form.email')}
              type="email"
              maxLength={200}
              {...form.getInputProps('email')}
            />
            <TextInput label={t('form.phone')} maxLength={50} {...form.getInputProps('phone')} />
          </SimpleGrid>
          <Select
            label={t('form.user')}
            placeholder={t('form.userPlaceholder')}
            description={t('form.userHint')}
            data={userOptions(users, base?.userId)}
            clearable
            searchable
            {...form.getInputProps('userId')}
          />
          {conflict && (
            <Alert color="orange" variant="light" role="alert">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{conflict}</Text>
                <Button size="xs" variant="light" color="orange" onClick={() => void reloadBase()}>
                  {tShell('common.reload')}
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
              {base ? t('form.save') : t('form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
