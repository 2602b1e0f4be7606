import { Button, Group, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../api/notify';
import { PlusIcon, SearchIcon } from '../../app/icons';
import { Screen } from '../../app/Screen';
import { formatNumber } from '../../i18n/format';
import { useCan } from '../auth/use-access';
import { ClientDetailDrawer } from './ClientDetailDrawer';
import { ClientFilters } from './ClientFilters';
import { ClientFormModal } from './ClientFormModal';
import { ClientImportModal } from './ClientImportModal';
import { ClientsTable } from './ClientsTable';
import { hasFilters, useClientsView } from './clients-store';
import { exportClients } from './export-csv';
import { useOpenClient } from './open-client-store';
import { useClientPages } from './use-client-pages';

const SEARCH_DEBOUNCE_MS = 150;

export function ClientsScreen() {
  const { t } = useTranslation('clients');
  const query = useClientsView((s) => s.query);
  const filters = useClientsView((s) => s.filters);
  const sortBy = useClientsView((s) => s.sortBy);
  const sortDir = useClientsView((s) => s.sortDir);
  const reloadToken = useClientsView((s) => s.reloadToken);
  const setQuery = useClientsView((s) => s.setQuery);
  const reload = useClientsView((s) => s.reload);
  const setOpenClientId = useOpenClient((s) => s.setOpenClientId);
  const canWrite = useCan('write');
  const [search, setSearch] = useState(query);
  const [debouncedSearch] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);

  useEffect(() => {
    setQuery(debouncedSearch);
  }, [debouncedSearch, setQuery]);

  const pages = useClientPages({ query, filters, sortBy, sortDir, reloadToken });

  const runExport = async () => {
    setExporting(true);
    try {
      const result = await exportClients(query, filters);
      notifySuccess(t('exported', { count: result.count, fileName: result.fileName }));
    } catch (error) {
      notifyError(error);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Screen
      title={t('title')}
      fill
      testId="screen-clients"
      actions={
        <Group gap="xs" wrap="nowrap">
          <Button variant="default" onClick={() => void runExport()} loading={exporting}>
            {t('export')}
          </Button>
          {canWrite && (
            <>
              <Button variant="default" onClick={() => setImporting(true)} data-testid="import-clients">
                {t('import')}
              </Button>
              <Button
                leftSection={<PlusIcon size={16} />}
                onClick={() => setCreating(true)}
                data-testid="new-client"
              >
                {t('newClient')}
              </Button>
            </>
          )}
        </Group>
      }
    >
      <Group justify="space-between" mb="sm" wrap="nowrap" gap="sm">
        <Group gap="sm" wrap="nowrap">
          <TextInput
            aria-label={t('search.label')}
            placeholder={t('search.placeholder')}
            leftSection={<SearchIcon size={16} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            type="search"
            w={300}
            data-testid="client-search"
          />
          <ClientFilters />
        </Group>
        <Text size="sm" c="dimmed" data-testid="client-count" aria-live="polite" style={{ flexShrink: 0 }}>
          {pages.total === null
            ? ''
            : t('count', { count: pages.total, formatted: formatNumber(pages.total) })}
        </Text>
      </Group>
      <ClientsTable
        pages={pages}
        query={query}
        filtered={hasFilters(filters)}
        onOpen={(client) => setOpenClientId(client.id)}
      />
      {creating && (
        <ClientFormModal
          client={null}
          onClose={() => setCreating(false)}
          onSaved={(client) => {
            setCreating(false);
            reload(client.id);
          }}
          onOpenExisting={(id) => {
            setCreating(false);
            setOpenClientId(id);
          }}
        />
      )}
      {importing && <ClientImportModal onClose={() => setImporting(false)} onImported={() => reload()} />}
      <ClientDetailDrawer />
    </Screen>
  );
}
