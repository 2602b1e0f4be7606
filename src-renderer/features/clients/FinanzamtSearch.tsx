import { Select, Stack, Text, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FinanzamtSummary } from '../../../src-shared/clients/client-output';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';

const SEARCH_DEBOUNCE_MS = 200;
const RESULTS = 20;

/** `Finanzamt Köln-Altstadt (5214)`: what the field shows once chosen. */
export const finanzamtLabel = (office: FinanzamtSummary): string => `${office.displayName} (${office.bufa})`;

/** `Am Weidenbach 2-4, 50676 Köln`; null when the directory has no address. */
export function finanzamtAddress(office: FinanzamtSummary): string | null {
  const place = [office.postalCode, office.city].filter(Boolean).join(' ');
  const parts = [office.street, place].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(', ') : null;
}

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchable' | 'searchValue'> & {
  value: FinanzamtSummary | null;
  onChange: (office: FinanzamtSummary | null) => void;
};

/** Searches the Finanzamt directory in the core by name, place or BUFA as the user types. */
export function FinanzamtSearch({ value, onChange, ...props }: Props) {
  const { t } = useTranslation('clients');
  const selectedLabel = value ? finanzamtLabel(value) : '';
  const [search, setSearch] = useState(selectedLabel);
  const [debounced] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);
  const [found, setFound] = useState<FinanzamtSummary[]>([]);
  // A value set from outside (form reloaded after a conflict) replaces what was typed.
  const [shownBufa, setShownBufa] = useState(value?.bufa ?? null);
  if ((value?.bufa ?? null) !== shownBufa) {
    setShownBufa(value?.bufa ?? null);
    setSearch(selectedLabel);
  }
  // Choosing puts the label into the search box; that is no new search.
  const query = debounced === selectedLabel ? '' : debounced.trim();

  useEffect(() => {
    if (!query) return;
    let current = true;
    api.finanzamt.search({ query, limit: RESULTS }).then(
      (result) => {
        if (current) setFound(result.items);
      },
      (error: unknown) => notifyError(error),
    );
    return () => {
      current = false;
    };
  }, [query]);

  // The last answer stays while the next one is on its way (no flicker of "nothing found").
  const results = query ? found : [];
  const offices = [...(value ? [value] : []), ...results.filter((office) => office.bufa !== value?.bufa)];
  const byBufa = new Map(offices.map((office) => [office.bufa, office]));

  return (
    <Select
      {...props}
      searchable
      clearable
      data={offices.map((office) => ({ value: office.bufa, label: finanzamtLabel(office) }))}
      // The core has already searched; Mantine must not filter the answer again.
      filter={({ options }) => options}
      nothingFoundMessage={search.trim() ? t('form.finanzamtNothingFound') : t('form.finanzamtSearchHint')}
      value={value?.bufa ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(bufa) => onChange(bufa ? (byBufa.get(bufa) ?? null) : null)}
      renderOption={({ option }) => {
        const office = byBufa.get(option.value);
        const address = office ? finanzamtAddress(office) : null;
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {office && (
              <Text size="xs" c="dimmed">
                {[address, office.phone ? t('form.finanzamtPhone', { phone: office.phone }) : null]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            )}
          </Stack>
        );
      }}
    />
  );
}
