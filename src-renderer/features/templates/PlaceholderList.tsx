import { Badge, Button, Code, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  placeholderGroupDescriptions,
  placeholderGroups,
  type PlaceholderGroup,
} from '../../../src-shared/templates/placeholder-types';
import type { placeholderInfoSchema } from '../../../src-shared/templates/template-schemas';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { SearchIcon } from '../../app/icons';
import { formatNumber } from '../../i18n/format';
import { useCopy } from './copy-text';

type PlaceholderInfo = z.infer<typeof placeholderInfoSchema>;

const normalize = (text: string) => text.toLocaleLowerCase('de-DE');

export function matchesPlaceholder(item: PlaceholderInfo, query: string): boolean {
  const q = normalize(query.trim().replace(/^\{|\}$/g, ''));
  if (q === '') return true;
  return [item.key, item.label, item.description, item.snippet].some((text) => normalize(text).includes(q));
}

/** The placeholder registry by group, with search and a copy button per placeholder. */
export function PlaceholderList() {
  const { t } = useTranslation('templates');
  const query = useApiQuery(() => api.templates.placeholders({}), []);
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);

  const groups = useMemo(() => {
    const found = (query.data?.items ?? []).filter((item) => matchesPlaceholder(item, deferred));
    const byGroup = new Map<PlaceholderGroup, PlaceholderInfo[]>();
    for (const item of found) byGroup.set(item.group, [...(byGroup.get(item.group) ?? []), item]);
    return {
      count: found.length,
      list: placeholderGroups.flatMap((group) => {
        const items = byGroup.get(group);
        return items ? [{ group, items }] : [];
      }),
    };
  }, [query.data, deferred]);

  return (
    <Stack gap="md" data-testid="placeholder-list" aria-label={t('placeholders.label')}>
      <Text size="sm" c="dimmed">
        {t('placeholders.intro')}
      </Text>
      <Group align="flex-end" gap="md">
        <TextInput
          label={t('placeholders.search')}
          placeholder={t('placeholders.searchPlaceholder')}
          leftSection={<SearchIcon size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={380}
        />
        {query.data && (
          <Text size="sm" c="dimmed" pb={8}>
            {t('placeholders.count', { count: groups.count, formatted: formatNumber(groups.count) })}
          </Text>
        )}
      </Group>
      {!query.data && !query.error && <Loader size="sm" />}
      {query.error && <Text c="red">{query.error.userMessage}</Text>}
      {query.data && groups.count === 0 && <Text>{t('placeholders.empty')}</Text>}
      {groups.list.map(({ group, items }) => (
        <Stack key={group} gap="xs" component="section" aria-label={group}>
          <div>
            <Title order={3} size="h5">
              {group}
            </Title>
            <Text size="xs" c="dimmed">
              {placeholderGroupDescriptions[group]}
            </Text>
          </div>
          {items.map((item) => (
            <PlaceholderRow key={item.key} item={item} />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}

function PlaceholderRow({ item }: { item: PlaceholderInfo }) {
  const { t } = useTranslation('templates');
  const { copied, copy } = useCopy();
  return (
    <Paper withBorder px="sm" py="xs" data-testid="placeholder-row" data-key={item.key}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Text fw={600} size="sm">
              {item.label}
            </Text>
            <Code>{item.snippet}</Code>
            <Badge size="xs" variant="light" color="gray">
              {t(`placeholders.type.${item.type}`)}
            </Badge>
          </Group>
          <Text size="sm">{item.description}</Text>
          {item.example && (
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
              {t('placeholders.example', { example: item.example })}
            </Text>
          )}
          {item.fields && item.fields.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('placeholders.fields')}{' '}
              {item.fields.map((field, index) => (
                <span key={field.name}>
                  {index > 0 && ', '}
                  <Code>{`{${field.name}}`}</Code> {field.label}
                </span>
              ))}
            </Text>
          )}
        </Stack>
        <Button
          size="xs"
          variant={copied ? 'light' : 'default'}
          color={copied ? 'teal' : undefined}
          onClick={() => copy(item.snippet)}
          aria-label={
            copied ? t('placeholders.copied') : t('placeholders.copyLabel', { snippet: item.snippet })
          }
          miw={90}
        >
          {copied ? t('placeholders.copied') : t('placeholders.copy')}
        </Button>
      </Group>
    </Paper>
  );
}
