import { Alert, Button, Group, PasswordInput, Stack, Stepper, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { asAppError, fieldErrorsOf } from '../../api/notify';
import { bindOfficeFields, OfficeFields } from '../office/OfficeFields';
import { AuthFrame } from './AuthFrame';
import { useSession } from './session-store';
import {
  emptySetupForm,
  stepOfField,
  toSetupInput,
  validateSetupStep,
  type SetupFormValues,
} from './setup-form';

const LAST_STEP = 2;

export function SetupWizard() {
  const { t } = useTranslation('auth');
  const setupFinished = useSession((s) => s.setupFinished);
  const refresh = useSession((s) => s.refresh);
  const [step, setStep] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<SetupFormValues>({ mode: 'controlled', initialValues: emptySetupForm });

  const office = bindOfficeFields(form, 'office.');

  const stepValid = (current: number): boolean => {
    const errors = validateSetupStep(current, form.values, t('setup.passwordMismatch'));
    form.setErrors(errors);
    return Object.keys(errors).length === 0;
  };

  const next = () => {
    if (stepValid(step)) setStep((s) => Math.min(s + 1, LAST_STEP));
  };

  const submit = async () => {
    if (!stepValid(LAST_STEP)) return;
    setSubmitting(true);
    setFailure(null);
    try {
      const result = await api.auth.setup(toSetupInput(form.values));
      setupFinished(result.office.name, result.user.username);
      await refresh();
    } catch (error) {
      const fields = fieldErrorsOf(error);
      if (fields) {
        form.setErrors(fields);
        const first = Object.keys(fields)[0];
        if (first !== undefined) setStep(stepOfField(first));
      }
      setFailure(asAppError(error).userMessage);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <AuthFrame title={t('setup.title')} subtitle={t('setup.intro')} width={720} view="setup">
      <form
        noValidate
        data-testid="setup-wizard"
        onSubmit={(event) => {
          event.preventDefault();
          if (step < LAST_STEP) next();
          else void submit();
        }}
      >
        <Stack gap="lg">
          <Stepper active={step} size="sm" allowNextStepsSelect={false} onStepClick={setStep}>
            <Stepper.Step label={t('setup.steps.office')} description={t('setup.steps.officeHint')}>
              <OfficeFields bind={office} part="address" />
            </Stepper.Step>
            <Stepper.Step label={t('setup.steps.letterhead')} description={t('setup.steps.letterheadHint')}>
              <Stack gap="sm">
                <Text size="sm" c="dimmed">
                  {t('setup.letterheadIntro')}
                </Text>
                <OfficeFields bind={office} part="letterhead" />
              </Stack>
            </Stepper.Step>
            <Stepper.Step label={t('setup.steps.admin')} description={t('setup.steps.adminHint')}>
              <Stack gap="sm">
                <Text size="sm" c="dimmed">
                  {t('setup.adminIntro')}
                </Text>
                <TextInput
                  label={t('setup.displayName')}
                  placeholder={t('setup.displayNamePlaceholder')}
                  withAsterisk
                  maxLength={100}
                  data-autofocus
                  {...form.getInputProps('admin.displayName')}
                />
                <TextInput
                  label={t('setup.username')}
                  description={t('setup.usernameHint')}
                  withAsterisk
                  autoComplete="username"
                  maxLength={64}
                  {...form.getInputProps('admin.username')}
                />
                <TextInput
                  label={t('setup.email')}
                  type="email"
                  maxLength={200}
                  {...form.getInputProps('admin.email')}
                />
                <PasswordInput
                  label={t('setup.password')}
                  description={t('setup.passwordHint')}
                  withAsterisk
                  autoComplete="new-password"
                  maxLength={200}
                  {...form.getInputProps('admin.password')}
                />
                <PasswordInput
                  label={t('setup.passwordRepeat')}
                  withAsterisk
                  autoComplete="new-password"
                  maxLength={200}
                  {...form.getInputProps('admin.passwordRepeat')}
                />
              </Stack>
            </Stepper.Step>
          </Stepper>
          {failure && (
            <Alert color="red" variant="light" role="alert">
              {failure}
            </Alert>
          )}
          <Group justify="space-between">
            <Button
              variant="default"
              onClick={() => setStep((s) => Math.max(s - 1, 0))}
              disabled={step === 0 || submitting}
            >
              {t('setup.back')}
            </Button>
            <Button type="submit" loading={submitting}>
              {step < LAST_STEP ? t('setup.next') : t('setup.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AuthFrame>
  );
}
