import { Badge, Group, Stack, Switch, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../src-shared/templates/template-schemas';
import type { ApiQuery } from '../../api/use-api-query';
import { SearchIcon } from '../../app/icons';
import { formatDateTime } from '../../i18n/dates';
import { formatNumber } from '../../i18n/format';
import classes from './TemplatesTable.module.css';
import { useTemplatesView } from './templates-store';

const normalize = (text: string | null) => (text ?? '').toLocaleLowerCase('de-DE');

export function matchesTemplate(template: TemplateSummary, query: string): boolean {
  const q = normalize(query.trim());
  if (q === '') return true;
  return [template.name, template.category, template.description].some((text) => normalize(text).includes(q));
}

interface Props {
  query: ApiQuery<{ items: TemplateSummary[] }>;
  includeArchived: boolean;
  onIncludeArchived: (value: boolean) => void;
}

export function TemplatesTable({ query, includeArchived, onIncludeArchived }: Props) {
  const { t } = useTranslation('templates');
  const openTemplate = useTemplatesView((s) => s.openTemplate);
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const all = query.data?.items ?? [];
  const items = all.filter((template) => matchesTemplate(template, deferred));

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="md">
        <TextInput
          label={t('list.search')}
          placeholder={t('list.searchPlaceholder')}
          leftSection={<SearchIcon size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={340}
        />
        <Switch
          label={t('list.showArchived')}
          checked={includeArchived}
          onChange={(e) => onIncludeArchived(e.currentTarget.checked)}
          pb={8}
        />
        {query.data && (
          <Text size="sm" c="dimmed" pb={8} aria-live="polite" data-testid="template-count">
            {t('list.count', { count: items.length, formatted: formatNumber(items.length) })}
          </Text>
        )}
      </Group>
      {query.error && !query.data && <Text c="red">{query.error.userMessage}</Text>}
      <Table
        highlightOnHover
        verticalSpacing={6}
        withTableBorder
        aria-label={t('list.label')}
        data-testid="templates-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('list.name')}</Table.Th>
            <Table.Th w={160}>{t('list.category')}</Table.Th>
            <Table.Th>{t('list.description')}</Table.Th>
            <Table.Th w={80}>{t('list.version')}</Table.Th>
            <Table.Th w={210}>{t('list.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((template) => (
            <Table.Tr
              key={template.id}
              className={classes.row}
              onClick={() => openTemplate(template.id)}
              data-testid="template-row"
              data-template-id={template.id}
            >
              <Table.Td>
                <Group gap={6}>
                  <UnstyledButton
                    className={classes.name}
                    onClick={(event) => {
                      event.stopPropagation();
                      openTemplate(template.id);
                    }}
                  >
                    <Text size="sm" fw={500} span>
                      {template.name}
                    </Text>
                  </UnstyledButton>
                  {template.builtin && (
                    <Badge size="xs" variant="light">
                      {t('list.builtin')}
                    </Badge>
                  )}
                  {template.archived && (
                    <Badge size="xs" variant="light" color="gray">
                      {t('list.archived')}
                    </Badge>
                  )}
                  {template.current.warnings > 0 && (
                    <Badge size="xs" variant="light" color="yellow" data-testid="template-warnings">
                      {t('list.warnings', { count: template.current.warnings })}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{template.category}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed" lineClamp={2}>
                  {template.description ?? ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t('list.versionNo', { no: template.current.versionNo })}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(template.current.uploadedAt)}</Text>
                {template.current.uploadedByName && (
                  <Text size="xs" c="dimmed">
                    {template.current.uploadedByName}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {query.data && items.length === 0 && (
        <Text size="sm" c="dimmed">
          {all.length === 0 ? t('list.emptyAll') : t('list.empty')}
        </Text>
      )}
    </Stack>
  );
}
