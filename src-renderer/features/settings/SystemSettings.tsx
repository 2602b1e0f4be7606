import { Badge, Code, Paper, Stack, Table, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { useSystemInfo } from '../../app/use-system-info';
import { formatBytes } from '../../i18n/format';
import { useSession } from '../auth/session-store';
import { ScanFolderSettings } from './ScanFolderSettings';

const loadDbStatus = () => api.system.dbStatus();

export function Section({
  title,
  rows,
}: {
  title: string;
  rows: [label: string, value: ReactNode, testId?: string][];
}) {
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={3} size="h5" mb="sm">
        {title}
      </Title>
      <Table variant="vertical" layout="fixed" withRowBorders={false} verticalSpacing={6}>
        <Table.Tbody>
          {rows.map(([label, value, testId]) => (
            <Table.Tr key={label}>
              <Table.Th w={240} fw={500} c="dimmed">
                {label}
              </Table.Th>
              <Table.Td data-testid={testId}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

export function SystemSettings() {
  const { t } = useTranslation('settings');
  const { t: tShell } = useTranslation('shell');
  const info = useSystemInfo().data;
  const db = useApiQuery(loadDbStatus).data;
  const user = useSession((s) => s.session?.user ?? null);
  const dash = tShell('common.notAvailable');
  const path = (value: string | undefined) => (value ? <Code>{value}</Code> : dash);

  return (
    <Stack gap="md" maw={960}>
      <Section
        title={t('storage.title')}
        rows={[
          [t('storage.dataDir'), path(info?.dataDir), 'settings-data-dir'],
          [t('storage.dbFile'), path(db?.file), 'settings-db-file'],
          [t('storage.dbSize'), db ? formatBytes(db.sizeBytes) : dash],
          [t('storage.journalMode'), db ? db.journalMode.toUpperCase() : dash],
        ]}
      />
      <Section
        title={t('schema.title')}
        rows={[
          [
            t('schema.version'),
            db
              ? t('schema.versionValue', { current: db.schemaVersion, latest: db.latestSchemaVersion })
              : dash,
            'settings-schema-version',
          ],
          [t('schema.migrations'), db ? String(db.applied.length) : dash],
          [
            t('schema.status'),
            db ? (
              db.pending.length === 0 ? (
                <Badge color="teal" variant="light">
                  {t('schema.upToDate')}
                </Badge>
              ) : (
                <Badge color="orange" variant="light">
                  {t('schema.pending', { count: db.pending.length })}
                </Badge>
              )
            ) : (
              dash
            ),
            'settings-db-status',
          ],
        ]}
      />
      <ScanFolderSettings />
      <Section
        title={t('program.title')}
        rows={[
          [t('program.version'), info?.appVersion ?? dash],
          [t('program.user'), user?.displayName ?? dash],
          [t('program.role'), user ? tShell(`roles.${user.role}`) : dash],
        ]}
      />
    </Stack>
  );
}
