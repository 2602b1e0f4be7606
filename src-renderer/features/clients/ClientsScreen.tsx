import { Button, Group, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlusIcon, SearchIcon } from '../../app/icons';
import { Screen } from '../../app/Screen';
import { formatNumber } from '../../i18n/format';
import { ClientsTable } from './ClientsTable';
import { useClientsView } from './clients-store';
import { NewClientModal } from './NewClientModal';
import { useClientPages } from './use-client-pages';

const SEARCH_DEBOUNCE_MS = 150;

export function ClientsScreen() {
  const { t } = useTranslation('clients');
  const query = useClientsView((s) => s.query);
  const sortBy = useClientsView((s) => s.sortBy);
  const sortDir = useClientsView((s) => s.sortDir);
  const reloadToken = useClientsView((s) => s.reloadToken);
  const setQuery = useClientsView((s) => s.setQuery);
  const reload = useClientsView((s) => s.reload);
  const [search, setSearch] = useState(query);
  const [debouncedSearch] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);
  const [modalOpen, setModalOpen] = useState(false);

  useEffect(() => {
    setQuery(debouncedSearch);
  }, [debouncedSearch, setQuery]);

  const pages = useClientPages({ query, sortBy, sortDir, reloadToken });

  return (
    <Screen
      title={t('title')}
      fill
      testId="screen-clients"
      actions={
        <Button
          leftSection={<PlusIcon size={16} />}
          onClick={() => setModalOpen(true)}
          data-testid="new-client"
        >
          {t('newClient')}
        </Button>
      }
    >
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <TextInput
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          leftSection={<SearchIcon size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          type="search"
          w={380}
          data-testid="client-search"
        />
        <Text size="sm" c="dimmed" data-testid="client-count" aria-live="polite">
          {pages.total === null
            ? ''
            : t('count', { count: pages.total, formatted: formatNumber(pages.total) })}
        </Text>
      </Group>
      <ClientsTable pages={pages} query={query} />
      <NewClientModal
        opened={modalOpen}
        onClose={() => setModalOpen(false)}
        onCreated={(client) => reload(client.id)}
      />
    </Screen>
  );
}
