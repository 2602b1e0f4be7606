import {
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { themes, type UserSettings } from '../../../src-shared/ipc/contracts/users';
import { api } from '../../api/client';
import { fieldErrorsOf, notifyError, notifySuccess } from '../../api/notify';
import { useSession } from '../auth/session-store';
import { ChangePasswordForm } from './ChangePasswordForm';

interface PersonalValues {
  theme: UserSettings['theme'];
  ollamaModelAnalysis: string;
  ollamaModelDrafting: string;
  idleLockMinutes: number | string;
}

const toValues = (s: UserSettings): PersonalValues => ({
  theme: s.theme,
  ollamaModelAnalysis: s.ollamaModelAnalysis ?? '',
  ollamaModelDrafting: s.ollamaModelDrafting ?? '',
  idleLockMinutes: s.idleLockMinutes,
});

export function PersonalSettings({ settings }: { settings: UserSettings }) {
  const { t } = useTranslation('settings');
  const applySettings = useSession((s) => s.applySettings);
  const [saving, setSaving] = useState(false);
  const form = useForm<PersonalValues>({ mode: 'controlled', initialValues: toValues(settings) });

  const submit = form.onSubmit(async (values) => {
    setSaving(true);
    try {
      const saved = await api.users.updateSettings({
        theme: values.theme,
        ollamaModelAnalysis: values.ollamaModelAnalysis.trim() || null,
        ollamaModelDrafting: values.ollamaModelDrafting.trim() || null,
        idleLockMinutes: Number(values.idleLockMinutes),
      });
      applySettings(saved);
      form.setValues(toValues(saved));
      notifySuccess(t('personal.saved'));
    } catch (error) {
      const fields = fieldErrorsOf(error);
      if (fields) form.setErrors(fields);
      else notifyError(error);
    } finally {
      setSaving(false);
    }
  });

  return (
    <Stack gap="md" maw={760}>
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={submit} noValidate data-testid="personal-settings">
          <Stack gap="md">
            <div>
              <Title order={3} size="h5">
                {t('personal.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('personal.intro')}
              </Text>
            </div>
            <Stack gap={4}>
              <Text size="sm" fw={500} id="theme-label">
                {t('personal.theme')}
              </Text>
              <SegmentedControl
                aria-labelledby="theme-label"
                data={themes.map((value) => ({ value, label: t(`personal.themes.${value}`) }))}
                value={form.values.theme}
                onChange={(value) => form.setFieldValue('theme', value as UserSettings['theme'])}
                w={380}
              />
            </Stack>
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('personal.models')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('personal.modelsHint')}
              </Text>
              <SimpleGrid cols={2} spacing="sm">
                <TextInput
                  label={t('personal.modelAnalysis')}
                  placeholder={t('personal.modelPlaceholder')}
                  maxLength={200}
                  {...form.getInputProps('ollamaModelAnalysis')}
                />
                <TextInput
                  label={t('personal.modelDrafting')}
                  placeholder={t('personal.modelPlaceholder')}
                  maxLength={200}
                  {...form.getInputProps('ollamaModelDrafting')}
                />
              </SimpleGrid>
            </Stack>
            <NumberInput
              label={t('personal.idleLock')}
              description={t('personal.idleLockHint')}
              min={1}
              max={480}
              allowDecimal={false}
              w={460}
              {...form.getInputProps('idleLockMinutes')}
            />
            <Group>
              <Button type="submit" loading={saving}>
                {t('personal.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <ChangePasswordForm />
    </Stack>
  );
}
