import { Button, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  orderPriorities,
  orderStatuses,
  type OrderPriority,
  type OrderStatus,
} from '../../../src-shared/orders/order-workflow';
import { DateField } from '../../app/DateField';
import { SearchIcon } from '../../app/icons';
import { ClientPicker } from './ClientPicker';
import { activeFilterCount } from './list-input';
import { beraterOptions, orderTypeOptions, useLookups } from './lookups-store';
import { useOrdersView } from './orders-view-store';

const SEARCH_DEBOUNCE_MS = 200;

export function OrderFilters({ withStatus }: { withStatus: boolean }) {
  const { t } = useTranslation('orders');
  const filters = useOrdersView((s) => s.filters);
  const setFilters = useOrdersView((s) => s.setFilters);
  const resetFilters = useOrdersView((s) => s.resetFilters);
  const berater = useLookups((s) => s.berater);
  const orderTypes = useLookups((s) => s.orderTypes);
  const [search, setSearch] = useState(filters.query);
  const [debounced] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);

  useEffect(() => {
    setFilters({ query: debounced });
  }, [debounced, setFilters]);

  const id = (value: string | null) => (value ? Number(value) : null);
  const active = activeFilterCount(filters);

  return (
    <Group gap="sm" align="flex-end" mb="sm" role="search" aria-label={t('filters.label')}>
      <TextInput
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        leftSection={<SearchIcon size={16} />}
        type="search"
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        w={220}
        size="xs"
      />
      {withStatus && (
        <MultiSelect
          label={t('filters.status')}
          placeholder={filters.status.length === 0 ? t('filters.statusPlaceholder') : undefined}
          data={orderStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={filters.status}
          onChange={(value) => setFilters({ status: value as OrderStatus[] })}
          clearable
          w={230}
          size="xs"
        />
      )}
      <Select
        label={t('filters.berater')}
        placeholder={t('filters.beraterPlaceholder')}
        data={beraterOptions(berater, filters.beraterId)}
        value={filters.beraterId === null ? null : String(filters.beraterId)}
        onChange={(value) => setFilters({ beraterId: id(value) })}
        clearable
        searchable
        w={190}
        size="xs"
      />
      <ClientPicker
        label={t('filters.client')}
        placeholder={t('filters.clientPlaceholder')}
        value={filters.clientId === null ? null : { id: filters.clientId, label: filters.clientLabel ?? '' }}
        onChange={(client) =>
          setFilters({ clientId: client?.id ?? null, clientLabel: client?.label ?? null })
        }
        w={220}
        size="xs"
      />
      <Select
        label={t('filters.type')}
        placeholder={t('filters.typePlaceholder')}
        data={orderTypeOptions(orderTypes, filters.orderTypeId)}
        value={filters.orderTypeId === null ? null : String(filters.orderTypeId)}
        onChange={(value) => setFilters({ orderTypeId: id(value) })}
        clearable
        searchable
        w={220}
        size="xs"
      />
      <MultiSelect
        label={t('filters.priority')}
        placeholder={filters.priority.length === 0 ? t('filters.priorityPlaceholder') : undefined}
        data={orderPriorities.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
        value={filters.priority}
        onChange={(value) => setFilters({ priority: value as OrderPriority[] })}
        clearable
        w={180}
        size="xs"
      />
      <DateField
        label={t('filters.dueFrom')}
        value={filters.dueFrom}
        onChange={(value) => setFilters({ dueFrom: value })}
        w={130}
        size="xs"
      />
      <DateField
        label={t('filters.dueTo')}
        value={filters.dueTo}
        onChange={(value) => setFilters({ dueTo: value })}
        w={130}
        size="xs"
      />
      <Button
        variant="subtle"
        size="xs"
        disabled={active === 0}
        onClick={() => {
          setSearch('');
          resetFilters();
        }}
      >
        {t('filters.reset')}
      </Button>
    </Group>
  );
}
