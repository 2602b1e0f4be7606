import { Alert, Button, Group, Modal, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { userRoles, type UserRole } from '../../../src-shared/ipc/access';
import type { UserSummary } from '../../../src-shared/ipc/contracts/users';
import { api } from '../../api/client';
import { asAppError, fieldErrorsOf, isConflict, notifySuccess } from '../../api/notify';

interface UserValues {
  displayName: string;
  username: string;
  role: UserRole;
  email: string;
  password: string;
}

interface Props {
  user: UserSummary | null;
  onClose: () => void;
  onSaved: () => void;
}

export function UserFormModal({ user, onClose, onSaved }: Props) {
  const { t } = useTranslation('settings');
  const { t: tShell } = useTranslation('shell');
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<UserValues>({
    mode: 'controlled',
    initialValues: {
      displayName: user?.displayName ?? '',
      username: user?.username ?? '',
      role: user?.role ?? 'mitarbeiter',
      email: user?.email ?? '',
      password: '',
    },
  });

  const submit = form.onSubmit(async (values) => {
    setSaving(true);
    setFailure(null);
    try {
      if (user) {
        await api.users.update({
          id: user.id,
          version: user.version,
          ...(values.displayName !== user.displayName ? { displayName: values.displayName } : {}),
          ...(values.username !== user.username ? { username: values.username } : {}),
          ...(values.role !== user.role ? { role: values.role } : {}),
          ...(values.email.trim() !== (user.email ?? '') ? { email: values.email.trim() || null } : {}),
        });
        notifySuccess(t('users.form.saved'));
      } else {
        const created = await api.users.create({
          displayName: values.displayName,
          username: values.username,
          role: values.role,
          password: values.password,
          ...(values.email.trim() ? { email: values.email } : {}),
        });
        notifySuccess(t('users.form.created', { name: created.displayName }));
      }
      onSaved();
    } catch (error) {
      const fields = fieldErrorsOf(error);
      if (fields && !isConflict(error)) form.setErrors(fields);
      else setFailure(asAppError(error).userMessage);
    } finally {
      setSaving(false);
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={user ? t('users.form.editTitle') : t('users.form.createTitle')}
      centered
    >
      <form onSubmit={submit} noValidate data-testid="user-form">
        <Stack gap="sm">
          <TextInput
            label={t('users.form.displayName')}
            withAsterisk
            maxLength={100}
            data-autofocus
            {...form.getInputProps('displayName')}
          />
          <TextInput
            label={t('users.form.username')}
            description={t('users.form.usernameHint')}
            withAsterisk
            maxLength={64}
            {...form.getInputProps('username')}
          />
          <Select
            label={t('users.form.role')}
            data={userRoles.map((role) => ({ value: role, label: tShell(`roles.${role}`) }))}
            allowDeselect={false}
            description={t(`users.form.roleHints.${form.values.role}`)}
            value={form.values.role}
            onChange={(value) => form.setFieldValue('role', (value ?? 'mitarbeiter') as UserRole)}
            error={form.errors['role']}
          />
          <TextInput
            label={t('users.form.email')}
            type="email"
            maxLength={200}
            {...form.getInputProps('email')}
          />
          {!user && (
            <PasswordInput
              label={t('users.form.password')}
              description={t('users.form.passwordHint')}
              withAsterisk
              autoComplete="new-password"
              maxLength={200}
              {...form.getInputProps('password')}
            />
          )}
          {failure && (
            <Alert color="red" variant="light" role="alert">
              <Text size="sm">{failure}</Text>
            </Alert>
          )}
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose} disabled={saving}>
              {t('users.form.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {user ? t('users.form.save') : t('users.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
