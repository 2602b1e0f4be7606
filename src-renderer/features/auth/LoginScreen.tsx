import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { asAppError, fieldErrorsOf } from '../../api/notify';
import { AuthFrame } from './AuthFrame';
import { useSession } from './session-store';

interface LoginValues {
  username: string;
  password: string;
}

export function LoginScreen() {
  const { t } = useTranslation('auth');
  const setupDone = useSession((s) => s.setupDone);
  const notice = useSession((s) => s.notice);
  const apply = useSession((s) => s.apply);
  const [failure, setFailure] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const form = useForm<LoginValues>({
    mode: 'controlled',
    initialValues: { username: setupDone?.username ?? '', password: '' },
  });

  const submit = form.onSubmit(async (values) => {
    setSubmitting(true);
    setFailure(null);
    try {
      apply(await api.auth.login(values));
    } catch (error) {
      const fields = fieldErrorsOf(error);
      if (fields && (fields['username'] || fields['password'])) form.setErrors(fields);
      else setFailure(asAppError(error).userMessage);
      form.setFieldValue('password', '');
    } finally {
      setSubmitting(false);
    }
  });

  return (
    <AuthFrame title={t('login.title')} subtitle={t('login.subtitle')} view="login">
      {setupDone && !failure && (
        <Alert color="teal" variant="light" data-testid="setup-done">
          {t('login.setupDone', { office: setupDone.officeName })}
        </Alert>
      )}
      {notice && !failure && !setupDone && (
        <Alert color="blue" variant="light">
          {notice}
        </Alert>
      )}
      <form onSubmit={submit} noValidate data-testid="login-form">
        <Stack gap="md">
          <TextInput
            label={t('login.username')}
            autoComplete="username"
            autoFocus={!setupDone}
            maxLength={200}
            {...form.getInputProps('username')}
          />
          <PasswordInput
            label={t('login.password')}
            autoComplete="current-password"
            autoFocus={!!setupDone}
            maxLength={200}
            {...form.getInputProps('password')}
          />
          {failure && (
            <Alert color="red" variant="light" title={t('login.failedTitle')} role="alert">
              {failure}
            </Alert>
          )}
          <Button type="submit" loading={submitting} fullWidth>
            {t('login.submit')}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
