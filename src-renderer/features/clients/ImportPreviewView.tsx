import {
  Badge,
  Group,
  Paper,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { importFieldLabels, importFields, type ImportField } from '../../../src-shared/clients/import-fields';
import type { ClientImportPreview } from '../../../src-shared/clients/import-schemas';

const fieldOptions = importFields.map((field) => ({ value: field, label: importFieldLabels[field] }));
const IGNORE = '__ignore__';
/** Problems beyond this are counted, not rendered: the table stays quick with large files. */
const MAX_PROBLEM_ROWS = 500;

const delimiterKey = { ';': 'semicolon', ',': 'comma', '\t': 'tab' } as const;

interface Props {
  preview: ClientImportPreview;
  disabled: boolean;
  onRemap: (header: string, field: ImportField | null) => void;
}

/** What the file holds: encoding, delimiter, column mapping (editable) and each row's problems. */
export function ImportPreviewView({ preview, disabled, onRemap }: Props) {
  const { t } = useTranslation('clients');
  const { counts } = preview;
  const problems = preview.problems.slice(0, MAX_PROBLEM_ROWS);
  return (
    <Stack gap="sm" data-testid="import-preview">
      <SimpleGrid cols={3} spacing="xs">
        <Text size="sm">
          <Text span c="dimmed">
            {t('importDialog.file')}:{' '}
          </Text>
          {preview.fileName}
        </Text>
        <Text size="sm" data-testid="import-encoding">
          <Text span c="dimmed">
            {t('importDialog.encoding')}:{' '}
          </Text>
          {preview.encodingLabel}
        </Text>
        <Text size="sm" data-testid="import-delimiter">
          <Text span c="dimmed">
            {t('importDialog.delimiter')}:{' '}
          </Text>
          {t(`importDialog.delimiters.${delimiterKey[preview.delimiter]}`)}
        </Text>
      </SimpleGrid>
      <Paper withBorder p="xs" data-testid="import-counts">
        <Text size="sm">
          {t('importDialog.summary', {
            rows: counts.rows,
            valid: counts.valid,
            invalid: counts.invalid,
            existing: counts.existing,
          })}
          {counts.withWarnings > 0 && ` · ${counts.withWarnings} ${t('importDialog.withWarnings')}`}
        </Text>
      </Paper>

      <Title order={4} size="h6">
        {t('importDialog.mapping')}
      </Title>
      <ScrollArea.Autosize mah={220}>
        <Table verticalSpacing={4} data-testid="import-mapping">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('importDialog.column')}</Table.Th>
              <Table.Th>{t('importDialog.field')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.headers.map((header) => {
              const mapped = preview.mapping[header] ?? null;
              const unknown = preview.suggestedMapping[header] == null;
              return (
                <Table.Tr key={header}>
                  <Table.Td>
                    <Group gap={6}>
                      <Text size="sm">{header}</Text>
                      {unknown && (
                        <Badge size="xs" color="yellow" variant="light">
                          {t('importDialog.unknownColumn')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      aria-label={`${t('importDialog.field')}: ${header}`}
                      data={[{ value: IGNORE, label: t('importDialog.ignore') }, ...fieldOptions]}
                      value={mapped ?? IGNORE}
                      allowDeselect={false}
                      searchable
                      disabled={disabled}
                      onChange={(value) =>
                        onRemap(header, !value || value === IGNORE ? null : (value as ImportField))
                      }
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>

      <Title order={4} size="h6">
        {t('importDialog.problems')}
      </Title>
      {preview.problems.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('importDialog.noProblems')}
        </Text>
      ) : (
        <ScrollArea.Autosize mah={220}>
          <Table verticalSpacing={4} data-testid="import-problems">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>{t('importDialog.line')}</Table.Th>
                <Table.Th w={130}>{t('importDialog.field')}</Table.Th>
                <Table.Th w={80}>{t('importDialog.severity')}</Table.Th>
                <Table.Th>{t('importDialog.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {problems.map((problem, index) => (
                <Table.Tr key={`${problem.line}-${problem.field}-${index}`} data-severity={problem.severity}>
                  <Table.Td>{problem.line}</Table.Td>
                  <Table.Td>{problem.field}</Table.Td>
                  <Table.Td>
                    <Badge size="xs" variant="light" color={problem.severity === 'error' ? 'red' : 'yellow'}>
                      {problem.severity === 'error' ? t('importDialog.error') : t('importDialog.warning')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">{problem.message}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
      {(preview.problemsTruncated || preview.problems.length > problems.length) && (
        <Text size="xs" c="dimmed">
          {t('importDialog.problemsTruncated')}
        </Text>
      )}
    </Stack>
  );
}
