import { Button, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { clientKinds, clientStatuses } from '../../../src-shared/clients/client-enums';
import { hasFilters, useClientsView } from './clients-store';
import { useBeraterOptions, useClientTags } from './use-client-lookups';

/** Art, Status, Berater and Merkmal: each narrows the list (and the export) on the server. */
export function ClientFilters() {
  const { t } = useTranslation('clients');
  const filters = useClientsView((s) => s.filters);
  const setFilter = useClientsView((s) => s.setFilter);
  const resetFilters = useClientsView((s) => s.resetFilters);
  const reloadToken = useClientsView((s) => s.reloadToken);
  const berater = useBeraterOptions(filters.beraterId === null ? null : String(filters.beraterId));
  const tags = useClientTags(reloadToken);

  return (
    <Group gap="xs" wrap="nowrap" role="group" aria-label={t('filters.label')} data-testid="client-filters">
      <Select
        aria-label={t('filters.kind')}
        placeholder={t('filters.kind')}
        data={clientKinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
        value={filters.kind}
        onChange={(value) => setFilter('kind', value as (typeof clientKinds)[number] | null)}
        clearable
        w={150}
        data-testid="filter-kind"
      />
      <Select
        aria-label={t('filters.status')}
        placeholder={t('filters.status')}
        data={clientStatuses.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        value={filters.status}
        onChange={(value) => setFilter('status', value as (typeof clientStatuses)[number] | null)}
        clearable
        w={130}
        data-testid="filter-status"
      />
      <Select
        aria-label={t('filters.berater')}
        placeholder={t('filters.berater')}
        data={berater}
        value={filters.beraterId === null ? null : String(filters.beraterId)}
        onChange={(value) => setFilter('beraterId', value ? Number(value) : null)}
        clearable
        searchable
        w={180}
        data-testid="filter-berater"
      />
      <Select
        aria-label={t('filters.tag')}
        placeholder={t('filters.tag')}
        data={tags}
        value={filters.tag}
        onChange={(value) => setFilter('tag', value)}
        clearable
        searchable
        w={150}
        data-testid="filter-tag"
      />
      {hasFilters(filters) && (
        <Button variant="subtle" size="xs" onClick={resetFilters}>
          {t('filters.reset')}
        </Button>
      )}
    </Group>
  );
}
