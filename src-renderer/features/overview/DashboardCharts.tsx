import { BarChart } from '@mantine/charts';
import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardOverview } from '../../../src-shared/ipc/contracts/dashboard';

export function StatusChart({ data }: { data: DashboardOverview['byStatus'] }) {
  const { t } = useTranslation('overview');
  const { t: tOrders } = useTranslation('orders');
  const rows = data.map((row) => ({ status: tOrders(`status.${row.status}`), count: row.count }));
  return (
    <Paper withBorder p="md" radius="md" data-testid="chart-by-status">
      <Title order={3} size="h5" mb="sm">
        {t('charts.byStatus')}
      </Title>
      <BarChart
        h={220}
        data={rows}
        dataKey="status"
        orientation="vertical"
        series={[{ name: 'count', label: t('charts.count'), color: 'office.6' }]}
        gridAxis="x"
        xAxisProps={{ allowDecimals: false }}
        yAxisProps={{ width: 140, interval: 0, tick: { fontSize: 12 } }}
      />
    </Paper>
  );
}

export function BeraterChart({ data }: { data: DashboardOverview['byBerater'] }) {
  const { t } = useTranslation('overview');
  const rows = data.map((row) => ({
    berater: row.beraterName,
    open: row.open - row.overdue,
    overdue: row.overdue,
  }));
  return (
    <Paper withBorder p="md" radius="md" data-testid="chart-by-berater">
      <Title order={3} size="h5" mb="sm">
        {t('charts.byBerater')}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('charts.empty')}
        </Text>
      ) : (
        <BarChart
          h={220}
          data={rows}
          dataKey="berater"
          type="stacked"
          orientation="vertical"
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          series={[
            { name: 'open', label: t('charts.open'), color: 'office.5' },
            { name: 'overdue', label: t('charts.overdue'), color: 'red.6' },
          ]}
          gridAxis="x"
          xAxisProps={{ allowDecimals: false }}
          yAxisProps={{ width: 140, interval: 0, tick: { fontSize: 12 } }}
        />
      )}
    </Paper>
  );
}
