import { Alert, Button, FocusTrap, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { asAppError, fieldErrorsOf } from '../../api/notify';
import { AuthFrame } from './AuthFrame';
import classes from './LockScreen.module.css';
import { useSession } from './session-store';

/**
 * Covers the app while the session is locked. The app stays mounted underneath (hidden and inert),
 * so an order half typed is still there after unlocking.
 */
export function LockScreen() {
  const { t } = useTranslation('auth');
  const user = useSession((s) => s.session?.user ?? null);
  const notice = useSession((s) => s.notice);
  const apply = useSession((s) => s.apply);
  const refresh = useSession((s) => s.refresh);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const unlock = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      apply(await api.auth.unlock({ password }));
    } catch (failure) {
      const fields = fieldErrorsOf(failure);
      setError(fields?.['password'] ?? asAppError(failure).userMessage);
      setPassword('');
      // A lock-out ends the session in the core; the login screen takes over then.
      await refresh();
    } finally {
      setSubmitting(false);
    }
  };

  const switchUser = async () => {
    await api.auth.logout().catch(() => undefined);
    useSession.setState({ notice: null });
    await refresh();
  };

  return (
    <div className={classes.overlay}>
      <FocusTrap active>
        <div>
          <AuthFrame
            title={t('lock.title')}
            subtitle={user ? t('lock.user', { name: user.displayName }) : undefined}
            view="locked"
          >
            <Text size="sm" data-testid="lock-notice">
              {notice ?? t('lock.default')}
            </Text>
            <form onSubmit={unlock} noValidate data-testid="unlock-form">
              <Stack gap="md">
                <PasswordInput
                  label={t('lock.password')}
                  autoComplete="current-password"
                  value={password}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                  maxLength={200}
                  data-autofocus
                />
                {error && (
                  <Alert color="red" variant="light" role="alert">
                    {error}
                  </Alert>
                )}
                <Button type="submit" loading={submitting} fullWidth>
                  {t('lock.submit')}
                </Button>
                <Button variant="subtle" onClick={() => void switchUser()} disabled={submitting}>
                  {t('lock.switchUser')}
                </Button>
              </Stack>
            </form>
          </AuthFrame>
        </div>
      </FocusTrap>
    </div>
  );
}
