import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLayout } from '../../app/AppLayout';
import { AuthFrame } from './AuthFrame';
import { LockScreen } from './LockScreen';
import { LoginScreen } from './LoginScreen';
import { useSession } from './session-store';
import { SetupWizard } from './SetupWizard';

// auth:session never counts as activity, so polling it only notices an idle lock, it never prevents one.
const SESSION_POLL_MS = 20_000;

/** Shows the wizard, the login, the app, or the app under the lock screen, as the core's session says. */
export function SessionGate() {
  const { t } = useTranslation('auth');
  const session = useSession((s) => s.session);
  const loadError = useSession((s) => s.loadError);
  const refresh = useSession((s) => s.refresh);

  useEffect(() => {
    void refresh();
    const timer = window.setInterval(() => void refresh(), SESSION_POLL_MS);
    const onFocus = () => void refresh();
    window.addEventListener('focus', onFocus);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [refresh]);

  if (!session) {
    return (
      <AuthFrame title={loadError ? t('unavailable.title') : t('loading')} view="loading">
        {loadError ? (
          <Stack>
            <Alert color="red" variant="light" role="alert">
              {loadError.userMessage}
            </Alert>
            <Button onClick={() => void refresh()}>{t('unavailable.retry')}</Button>
          </Stack>
        ) : (
          <Center>
            <Loader size="sm" aria-label={t('loading')} />
          </Center>
        )}
      </AuthFrame>
    );
  }
  if (session.status === 'setup_required') return <SetupWizard />;
  if (session.status === 'logged_out') return <LoginScreen />;
  const locked = session.status === 'locked';
  return (
    <>
      <div
        data-session-view={locked ? undefined : 'active'}
        inert={locked}
        aria-hidden={locked || undefined}
        style={locked ? { visibility: 'hidden' } : undefined}
      >
        {/* Keyed by user: whoever logs in next starts with fresh screens. */}
        <AppLayout key={session.user?.id ?? 0} />
      </div>
      {locked && <LockScreen />}
    </>
  );
}
