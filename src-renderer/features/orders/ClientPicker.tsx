import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';

const SEARCH_DEBOUNCE_MS = 200;
const RESULTS = 20;

export interface PickedClient {
  id: number;
  label: string;
}

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchable' | 'searchValue'> & {
  value: PickedClient | null;
  onChange: (client: PickedClient | null) => void;
  /** Former Mandanten cannot get new orders; the filter may still look for them. */
  activeOnly?: boolean;
};

export const clientLabel = (client: { displayName: string; clientNumber: string }) =>
  `${client.displayName} (${client.clientNumber})`;

/** Searches the Mandanten in the core as the user types (there may be 50,000 of them). */
export function ClientPicker({ value, onChange, activeOnly = false, ...props }: Props) {
  const { t } = useTranslation('orders');
  const [search, setSearch] = useState(value?.label ?? '');
  const [debounced] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);
  const [found, setFound] = useState<PickedClient[]>([]);
  // A value set from outside (filters reset, form reloaded) replaces what was typed.
  const [shownId, setShownId] = useState(value?.id ?? null);
  if ((value?.id ?? null) !== shownId) {
    setShownId(value?.id ?? null);
    setSearch(value?.label ?? '');
  }

  useEffect(() => {
    // Selecting puts the label into the search box; that is no new search.
    const query = debounced === value?.label ? '' : debounced.trim();
    let current = true;
    api.clients
      .list({
        limit: RESULTS,
        sortBy: 'displayName',
        ...(query ? { query } : {}),
        ...(activeOnly ? { status: 'aktiv' as const } : {}),
      })
      .then(
        (result) => {
          if (current) setFound(result.items.map((c) => ({ id: c.id, label: clientLabel(c) })));
        },
        (error: unknown) => notifyError(error),
      );
    return () => {
      current = false;
    };
  }, [debounced, value?.label, activeOnly]);

  const options = [...(value ? [value] : []), ...found.filter((c) => c.id !== value?.id)].map((c) => ({
    value: String(c.id),
    label: c.label,
  }));

  return (
    <Select
      {...props}
      searchable
      clearable
      data={options}
      // The core has already searched; Mantine must not filter the answer again.
      filter={({ options: all }) => all}
      nothingFoundMessage={t('clientPicker.nothingFound')}
      value={value ? String(value.id) : null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id, option) => onChange(id && option ? { id: Number(id), label: option.label } : null)}
    />
  );
}
