import { Loader, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { formatNumber } from '../../i18n/format';
import { useInbox } from './inbox-store';

const load = () => api.documents.accuracy({});

/** How often the analysis was right, per field, over the confirmed documents. */
export function AccuracyPanel() {
  const { t } = useTranslation('inbox');
  const generation = useInbox((s) => s.generation);
  const data = useApiQuery(load, [generation]).data;
  if (!data) return <Loader size="sm" />;
  return (
    <Stack gap="xs" data-testid="accuracy-panel">
      <Text size="sm" c="dimmed">
        {t('accuracy.intro')} {t('accuracy.documents', { count: data.documents })}
      </Text>
      {data.rows.length === 0 ? (
        <Text size="sm">{t('accuracy.none')}</Text>
      ) : (
        <Table fz="sm" verticalSpacing={4} aria-label={t('accuracy.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('accuracy.field')}</Table.Th>
              <Table.Th ta="right">{t('accuracy.reviewed')}</Table.Th>
              <Table.Th ta="right">{t('accuracy.correct')}</Table.Th>
              <Table.Th ta="right">{t('accuracy.rate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.rows.map((row) => (
              <Table.Tr key={row.field} data-testid="accuracy-row">
                <Table.Td>{row.label}</Table.Td>
                <Table.Td ta="right">{formatNumber(row.reviewed)}</Table.Td>
                <Table.Td ta="right">{formatNumber(row.correct)}</Table.Td>
                <Table.Td ta="right">
                  {row.reviewed > 0
                    ? `${formatNumber(Math.round((100 * row.correct) / row.reviewed))} %`
                    : '–'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
