import '@mantine/spotlight/styles.css';
import { Button, Kbd, Loader, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight, spotlight } from '@mantine/spotlight';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../src-shared/clients/client-output';
import { docTypeLabels } from '../../../src-shared/rules/documents/doc-types';
import { api } from '../../api/client';
import { isSessionError } from '../../api/session-events';
import { ClientsIcon, SearchIcon, TemplatesIcon } from '../../app/icons';
import { openClient } from '../clients/open-client-store';
import { openDocument } from '../inbox/inbox-store';

const DEBOUNCE_MS = 200;
const CLIENTS = 8;
const DOCUMENTS = 8;

type FoundDocument = Awaited<ReturnType<typeof api.documents.search>>['items'][number];

interface Results {
  query: string;
  clients: ClientSummary[];
  documents: FoundDocument[];
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Looks for clients and documents at once; a failing half leaves the other half usable. */
async function searchAll(query: string): Promise<Results> {
  const [clients, documents] = await Promise.allSettled([
    api.clients.list({ query, limit: CLIENTS }),
    api.documents.search({ query, limit: DOCUMENTS }),
  ]);
  for (const outcome of [clients, documents]) {
    if (outcome.status === 'rejected' && isSessionError(outcome.reason)) throw outcome.reason;
  }
  return {
    query,
    clients: clients.status === 'fulfilled' ? clients.value.items : [],
    documents: documents.status === 'fulfilled' ? documents.value.items : [],
  };
}

/** Ctrl+K (Cmd+K on the Mac) from anywhere: Mandanten and Dokumente as you type. */
export function GlobalSearch() {
  const { t } = useTranslation('search');
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), DEBOUNCE_MS);
  const [results, setResults] = useState<Results | null>(null);

  useEffect(() => {
    if (!debounced) return;
    let current = true;
    searchAll(debounced).then(
      (found) => {
        if (current) setResults(found);
      },
      () => {
        if (current) setResults({ query: debounced, clients: [], documents: [] });
      },
    );
    return () => {
      current = false;
    };
  }, [debounced]);

  const typed = query.trim();
  const shown = typed && results ? results : null;
  const searching = typed !== '' && results?.query !== typed;
  const nothing = shown !== null && !searching && shown.clients.length === 0 && shown.documents.length === 0;

  return (
    <>
      <Button
        variant="default"
        size="xs"
        leftSection={<SearchIcon size={14} />}
        rightSection={<Kbd size="xs">{isMac ? '⌘ K' : t('shortcut')}</Kbd>}
        onClick={() => spotlight.open()}
        aria-label={t('open')}
        data-testid="open-search"
      >
        {t('label')}
      </Button>
      <Spotlight.Root
        query={query}
        onQueryChange={setQuery}
        shortcut={['mod + K']}
        tagsToIgnore={[]}
        scrollable
        maxHeight={520}
        onSpotlightClose={() => setResults(null)}
      >
        <Spotlight.Search
          placeholder={t('placeholder')}
          aria-label={t('label')}
          leftSection={searching ? <Loader size={16} /> : <SearchIcon size={18} />}
          data-testid="search-input"
        />
        <Spotlight.ActionsList data-testid="search-results">
          {!typed && (
            <Spotlight.Empty>
              <Text size="sm" c="dimmed">
                {t('hint')}
              </Text>
            </Spotlight.Empty>
          )}
          {shown && shown.clients.length > 0 && (
            <Spotlight.ActionsGroup label={t('clients')} data-testid="search-clients">
              {shown.clients.map((client) => (
                <Spotlight.Action
                  key={`c${client.id}`}
                  leftSection={<ClientsIcon size={18} />}
                  label={`${client.displayName} (${client.clientNumber})`}
                  description={[client.street, [client.postalCode, client.city].filter(Boolean).join(' ')]
                    .filter(Boolean)
                    .join(', ')}
                  onClick={() => openClient(client.id)}
                  data-testid="search-client"
                />
              ))}
            </Spotlight.ActionsGroup>
          )}
          {shown && shown.documents.length > 0 && (
            <Spotlight.ActionsGroup label={t('documents')} data-testid="search-documents">
              {shown.documents.map((doc) => (
                <Spotlight.Action
                  key={`d${doc.id}`}
                  leftSection={<TemplatesIcon size={18} />}
                  label={doc.originalName}
                  description={[
                    doc.docType ? docTypeLabels[doc.docType] : null,
                    doc.clientName ?? t('documentWithoutClient'),
                    doc.snippet,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                  onClick={() => openDocument(doc.id, doc.status === 'abgelegt')}
                  data-testid="search-document"
                />
              ))}
            </Spotlight.ActionsGroup>
          )}
          {nothing && <Spotlight.Empty data-testid="search-empty">{t('nothingFound')}</Spotlight.Empty>}
        </Spotlight.ActionsList>
      </Spotlight.Root>
    </>
  );
}
