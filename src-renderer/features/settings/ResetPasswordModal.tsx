import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../src-shared/ipc/contracts/users';
import { api } from '../../api/client';
import { asAppError, fieldErrorsOf, notifySuccess } from '../../api/notify';

export function ResetPasswordModal({
  user,
  onClose,
}: {
  user: UserSummary;
  onClose: (changed: boolean) => void;
}) {
  const { t } = useTranslation('settings');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await api.users.resetPassword({ id: user.id, newPassword: password });
      notifySuccess(t('users.reset.done', { name: user.displayName }));
      onClose(true);
    } catch (failure) {
      setError(fieldErrorsOf(failure)?.['newPassword'] ?? asAppError(failure).userMessage);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened onClose={() => onClose(false)} title={t('users.reset.title')} centered>
      <form onSubmit={submit} noValidate data-testid="reset-password">
        <Stack gap="sm">
          <Text size="sm">{t('users.reset.text', { name: user.displayName })}</Text>
          <PasswordInput
            label={t('users.reset.password')}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={error}
            maxLength={200}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => onClose(false)} disabled={saving}>
              {t('users.form.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('users.reset.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
