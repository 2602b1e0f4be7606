import { Alert, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientImportResult } from '../../../src-shared/clients/import-schemas';

/** The counts and every rejected row with line, column and reason. */
export function ImportResultView({ result }: { result: ClientImportResult }) {
  const { t } = useTranslation('clients');
  return (
    <Stack gap="sm" data-testid="import-result">
      <Title order={4} size="h6">
        {t('importDialog.resultTitle')}
      </Title>
      {result.aborted && (
        <Alert color="red" data-testid="import-aborted">
          {t('importDialog.aborted')}
        </Alert>
      )}
      <Text size="sm" data-testid="import-result-counts">
        {t('importDialog.result', {
          imported: result.imported,
          updated: result.updated,
          unchanged: result.unchanged,
          skipped: result.skipped,
          rejected: result.rejectedRows,
        })}
      </Text>
      <Title order={4} size="h6">
        {t('importDialog.rejectedRows')}
      </Title>
      {result.rejected.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('importDialog.noRejected')}
        </Text>
      ) : (
        <ScrollArea.Autosize mah={320}>
          <Table verticalSpacing={4} data-testid="import-rejected">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>{t('importDialog.line')}</Table.Th>
                <Table.Th w={140}>{t('importDialog.field')}</Table.Th>
                <Table.Th>{t('importDialog.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.rejected.map((row, index) => (
                <Table.Tr key={`${row.line}-${row.field}-${index}`}>
                  <Table.Td>{row.line}</Table.Td>
                  <Table.Td>{row.field}</Table.Td>
                  <Table.Td>
                    <Text size="xs">{row.message}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
    </Stack>
  );
}
