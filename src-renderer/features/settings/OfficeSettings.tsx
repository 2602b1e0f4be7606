import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Office } from '../../../src-shared/ipc/contracts/office';
import { api } from '../../api/client';
import { asAppError, fieldErrorsOf, isConflict, notifyError, notifySuccess } from '../../api/notify';
import { splitFieldErrors } from '../../app/form-errors';
import { useCan } from '../auth/use-access';
import { bindOfficeFields, OfficeFields } from '../office/OfficeFields';
import {
  officeFormFields,
  officeFormFrom,
  toOfficeUpdate,
  validateOfficeForm,
  type OfficeFormValues,
} from '../office/office-form';
import { useOffice } from '../office/office-store';

export function OfficeSettings() {
  const office = useOffice((s) => s.office);
  if (!office) return <Loader size="sm" />;
  // Keyed by version: a reload after a conflict starts the form from the fresh data.
  return <OfficeForm key={office.version} office={office} />;
}

function OfficeForm({ office }: { office: Office }) {
  const { t } = useTranslation('settings');
  const { t: tShell } = useTranslation('shell');
  const canEdit = useCan('admin');
  const setOffice = useOffice((s) => s.set);
  const loadOffice = useOffice((s) => s.load);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<OfficeFormValues>({
    mode: 'controlled',
    initialValues: officeFormFrom(office),
    validate: validateOfficeForm,
  });

  const submit = form.onSubmit(async (values) => {
    setSaving(true);
    setConflict(null);
    setFormError(null);
    try {
      const saved = await api.office.update(toOfficeUpdate(values, office));
      notifySuccess(t('office.saved'));
      setOffice(saved);
    } catch (error) {
      if (isConflict(error)) {
        setConflict(asAppError(error).userMessage);
        return;
      }
      const fields = fieldErrorsOf(error);
      if (fields) {
        const { errors, unmatched } = splitFieldErrors(fields, officeFormFields);
        form.setErrors(errors);
        if (unmatched.length > 0) setFormError(unmatched.join(' '));
      } else {
        notifyError(error);
      }
    } finally {
      setSaving(false);
    }
  });

  return (
    <Paper withBorder p="lg" radius="md" maw={860}>
      <form onSubmit={submit} noValidate data-testid="office-settings">
        <Stack gap="md">
          <div>
            <Title order={3} size="h5">
              {t('office.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {canEdit ? t('office.intro') : t('office.readOnly')}
            </Text>
          </div>
          <OfficeFields bind={bindOfficeFields(form)} part="all" readOnly={!canEdit} />
          {conflict && (
            <Alert color="orange" variant="light" role="alert">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{conflict}</Text>
                <Button size="xs" variant="light" color="orange" onClick={() => void loadOffice()}>
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
          {canEdit && (
            <Group>
              <Button type="submit" loading={saving} disabled={!form.isDirty()}>
                {t('office.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
