import { Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { RefreshIcon } from '../../app/icons';
import { Screen } from '../../app/Screen';
import { formatDate, formatDateWithWeekday } from '../../i18n/dates';
import { formatNumber } from '../../i18n/format';
import { useSession } from '../auth/session-store';
import { ClientsWithoutDeadline } from './ClientsWithoutDeadline';
import { BeraterChart, StatusChart } from './DashboardCharts';
import { OrderBucket } from './OrderBucket';

async function loadOverview() {
  const [dashboard, all, active] = await Promise.all([
    api.dashboard.overview({ limit: 50 }),
    api.clients.list({ limit: 1 }),
    api.clients.list({ limit: 1, status: 'aktiv' }),
  ]);
  return { dashboard, clients: { total: all.total, active: active.total } };
}

function Stat({
  title,
  value,
  hint,
  tone,
  testId,
}: {
  title: string;
  value: string;
  hint: string;
  tone?: string;
  testId: string;
}) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Text size="xs" tt="uppercase" fw={600} c="dimmed">
        {title}
      </Text>
      <Title order={3} size="h1" fw={600} c={tone} data-testid={`${testId}-value`}>
        {value}
      </Title>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Paper>
  );
}

export function OverviewScreen() {
  const { t } = useTranslation('overview');
  const { t: tShell } = useTranslation('shell');
  const user = useSession((s) => s.session?.user ?? null);
  const query = useApiQuery(loadOverview);
  const data = query.data;
  const dash = tShell('common.notAvailable');
  const d = data?.dashboard;
  const n = (value: number | undefined) => (value === undefined ? dash : formatNumber(value));

  return (
    <Screen
      title={t('title')}
      testId="screen-overview"
      actions={
        <Button
          variant="default"
          leftSection={<RefreshIcon size={16} />}
          onClick={query.reload}
          loading={query.loading && data !== undefined}
        >
          {t('refresh')}
        </Button>
      }
    >
      <Stack gap="md">
        <Text c="dimmed">
          {t('welcome', { name: user?.displayName ?? '', today: d ? formatDateWithWeekday(d.today) : dash })}
        </Text>
        <SimpleGrid cols={{ base: 2, md: 5 }} spacing="md">
          <Stat
            title={t('stats.clients')}
            value={n(data?.clients.total)}
            hint={t('stats.clientsActive', { active: n(data?.clients.active) })}
            testId="overview-clients"
          />
          <Stat
            title={t('stats.open')}
            value={n(d?.totals.open)}
            hint={t('stats.openHint')}
            testId="overview-open"
          />
          <Stat
            title={t('stats.overdue')}
            value={n(d?.totals.overdue)}
            hint={t('stats.overdueHint', { today: d ? formatDate(d.today) : dash })}
            tone={d && d.totals.overdue > 0 ? 'red' : undefined}
            testId="overview-overdue"
          />
          <Stat
            title={t('stats.dueSoon')}
            value={n(d?.totals.dueSoon)}
            hint={t('stats.dueSoonHint', { until: d ? formatDate(d.dueSoonUntil) : dash })}
            tone={d && d.totals.dueSoon > 0 ? 'orange' : undefined}
            testId="overview-due-soon"
          />
          <Stat
            title={t('stats.withoutDeadline')}
            value={n(d?.totals.clientsWithoutDeadline)}
            hint={t('stats.withoutDeadlineHint')}
            testId="overview-without-deadline"
          />
        </SimpleGrid>
        {d && (
          <>
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
              <OrderBucket
                title={t('overdue.title')}
                empty={t('overdue.empty')}
                items={d.overdue.items}
                total={d.overdue.total}
                tone="red"
                testId="overview-overdue-list"
              />
              <OrderBucket
                title={t('dueSoon.title')}
                empty={t('dueSoon.empty')}
                items={d.dueSoon.items}
                total={d.dueSoon.total}
                tone="orange"
                testId="overview-due-soon-list"
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
              <StatusChart data={d.byStatus} />
              <BeraterChart data={d.byBerater} />
            </SimpleGrid>
            <ClientsWithoutDeadline data={d.clientsWithoutDeadline} />
          </>
        )}
      </Stack>
    </Screen>
  );
}
