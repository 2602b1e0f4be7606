import { Alert, Button, Code, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { fieldErrorsOf, notifyError, notifySuccess } from '../../api/notify';
import { useApiQuery } from '../../api/use-api-query';
import { formatDateTime } from '../../i18n/dates';
import { useCan } from '../auth/use-access';

const load = () => api.documents.getWatchFolder({});

/** The folder a scanner writes into; new files there arrive in the Posteingang by themselves. */
export function ScanFolderSettings() {
  const { t } = useTranslation('settings');
  const canManage = useCan('manage');
  const query = useApiQuery(load);
  const current = query.data;
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const value = draft ?? current?.folder ?? '';

  async function save(folder: string | null) {
    setSaving(true);
    setError(null);
    try {
      await api.documents.setWatchFolder({ folder });
      setDraft(null);
      query.reload();
      notifySuccess(folder ? t('scanFolder.saved') : t('scanFolder.removed'));
    } catch (failure) {
      const fields = fieldErrorsOf(failure);
      if (fields) setError(Object.values(fields)[0] ?? null);
      else notifyError(failure);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Paper withBorder p="lg" radius="md" data-testid="scan-folder-settings">
      <Title order={3} size="h5" mb="xs">
        {t('scanFolder.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('scanFolder.intro')}
      </Text>
      {canManage ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save(value.trim() || null);
          }}
        >
          <Stack gap="xs">
            <TextInput
              label={t('scanFolder.folder')}
              placeholder={t('scanFolder.placeholder')}
              value={value}
              onChange={(e) => setDraft(e.currentTarget.value)}
              error={error}
              data-testid="scan-folder-input"
            />
            <Group gap="sm">
              <Button type="submit" loading={saving} disabled={draft === null}>
                {t('scanFolder.save')}
              </Button>
              {current?.folder && (
                <Button variant="default" onClick={() => void save(null)} disabled={saving}>
                  {t('scanFolder.remove')}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      ) : (
        <Text size="sm">
          {current?.folder ? <Code>{current.folder}</Code> : t('scanFolder.none')}
          <Text span size="xs" c="dimmed" ml="xs">
            {t('scanFolder.manageOnly')}
          </Text>
        </Text>
      )}
      {current?.lastScanAt && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('scanFolder.lastScan', { at: formatDateTime(current.lastScanAt) })}
        </Text>
      )}
      {current?.lastError && (
        <Alert color="red" mt="xs" p="xs">
          {current.lastError}
        </Alert>
      )}
    </Paper>
  );
}
