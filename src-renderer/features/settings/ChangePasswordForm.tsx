import { Button, Group, Paper, PasswordInput, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { asAppError, fieldErrorsOf, notifySuccess } from '../../api/notify';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

export function ChangePasswordForm() {
  const { t } = useTranslation('settings');
  const [saving, setSaving] = useState(false);
  const form = useForm<PasswordValues>({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '', repeat: '' },
    validate: {
      repeat: (value, values) => (value === values.newPassword ? null : t('password.mismatch')),
    },
  });

  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    setSaving(true);
    try {
      await api.auth.changePassword({ currentPassword, newPassword });
      form.reset();
      notifySuccess(t('password.changed'));
    } catch (error) {
      const fields = fieldErrorsOf(error);
      form.setErrors(fields ?? { currentPassword: asAppError(error).userMessage });
      form.setFieldValue('currentPassword', '');
    } finally {
      setSaving(false);
    }
  });

  return (
    <Paper withBorder p="lg" radius="md">
      <form onSubmit={submit} noValidate data-testid="change-password">
        <Stack gap="sm" maw={380}>
          <Title order={3} size="h5">
            {t('password.title')}
          </Title>
          <PasswordInput
            label={t('password.current')}
            autoComplete="current-password"
            maxLength={200}
            {...form.getInputProps('currentPassword')}
          />
          <PasswordInput
            label={t('password.next')}
            description={t('password.nextHint')}
            autoComplete="new-password"
            maxLength={200}
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput
            label={t('password.repeat')}
            autoComplete="new-password"
            maxLength={200}
            {...form.getInputProps('repeat')}
          />
          <Group>
            <Button type="submit" variant="default" loading={saving}>
              {t('password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
