import { Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { useRouter } from '../../app/router-store';
import { Screen } from '../../app/Screen';
import { useSystemInfo } from '../../app/use-system-info';
import { formatNumber } from '../../i18n/format';

async function loadClientCounts() {
  const [all, active] = await Promise.all([
    api.clients.list({ limit: 1 }),
    api.clients.list({ limit: 1, status: 'aktiv' }),
  ]);
  return { total: all.total, active: active.total };
}

function Card({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Paper withBorder p="lg" radius="md" data-testid={testId}>
      <Text size="xs" tt="uppercase" fw={600} c="dimmed" mb="xs">
        {title}
      </Text>
      {children}
    </Paper>
  );
}

export function OverviewScreen() {
  const { t } = useTranslation('overview');
  const { t: tShell } = useTranslation('shell');
  const navigate = useRouter((s) => s.navigate);
  const info = useSystemInfo();
  const counts = useApiQuery(loadClientCounts);
  const dash = tShell('common.notAvailable');

  return (
    <Screen title={t('title')} testId="screen-overview">
      <Text c="dimmed" mb="lg">
        {t('welcome')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        <Card title={t('clients.title')} testId="overview-clients">
          <Stack gap={4} align="flex-start">
            <Title order={3} size="h1" fw={600} data-testid="overview-client-count">
              {counts.data ? formatNumber(counts.data.total) : dash}
            </Title>
            <Text size="sm" c="dimmed">
              {t('clients.active', { active: counts.data ? formatNumber(counts.data.active) : dash })}
            </Text>
            <Button variant="light" size="xs" mt="xs" onClick={() => navigate('clients')}>
              {t('clients.open')}
            </Button>
          </Stack>
        </Card>
        <Card title={t('user.title')} testId="overview-user">
          <Text size="lg" fw={600}>
            {info.data?.actor.displayName ?? dash}
          </Text>
          <Text size="sm" c="dimmed">
            {info.data ? t('user.role', { role: tShell(`roles.${info.data.actor.role}`) }) : dash}
          </Text>
        </Card>
        <Card title={t('app.title')} testId="overview-app">
          <Text size="lg" fw={600}>
            {info.data ? t('app.version', { version: info.data.appVersion }) : dash}
          </Text>
          <Text size="sm" c="dimmed">
            {info.data ? t('app.schema', { version: info.data.schemaVersion }) : dash}
          </Text>
        </Card>
        <Card title={t('privacy.title')} testId="overview-privacy">
          <Text size="sm">{t('privacy.text')}</Text>
        </Card>
      </SimpleGrid>
    </Screen>
  );
}
