import { Badge, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../src-shared/ipc/contracts/clients';
import { SortIcon } from '../../app/icons';
import classes from './ClientsTable.module.css';
import { useClientsView, type ClientSortField } from './clients-store';
import type { ClientPages } from './use-client-pages';

const ROW_HEIGHT = 36;
const HEADER_HEIGHT = 38;

const statusColor: Record<ClientSummary['status'], string> = {
  aktiv: 'teal',
  inaktiv: 'gray',
  ehemalig: 'orange',
};

interface Column {
  id: 'clientNumber' | 'name' | 'kind' | 'city' | 'status';
  /** The server-side sort field, if the column can be sorted. */
  sort?: ClientSortField;
}

const columns: readonly Column[] = [
  { id: 'clientNumber', sort: 'clientNumber' },
  { id: 'name', sort: 'displayName' },
  { id: 'kind' },
  { id: 'city', sort: 'city' },
  { id: 'status', sort: 'status' },
];

function HeaderCell({ column }: { column: Column }) {
  const { t } = useTranslation('clients');
  const sortBy = useClientsView((s) => s.sortBy);
  const sortDir = useClientsView((s) => s.sortDir);
  const toggleSort = useClientsView((s) => s.toggleSort);
  const label = t(`table.${column.id}`);
  if (!column.sort) {
    return (
      <div role="columnheader" className={classes.headerCell}>
        {label}
      </div>
    );
  }
  const active = sortBy === column.sort;
  const field = column.sort;
  return (
    <div
      role="columnheader"
      className={classes.headerCell}
      aria-sort={active ? (sortDir === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <UnstyledButton
        className={classes.sortButton}
        onClick={() => toggleSort(field)}
        title={t('table.sortHint', { column: label })}
        data-testid={`sort-${column.id}`}
      >
        {label}
        <SortIcon direction={active ? sortDir : 'none'} />
      </UnstyledButton>
    </div>
  );
}

function Row({ client }: { client: ClientSummary }) {
  const { t } = useTranslation('clients');
  return (
    <>
      <div role="cell" className={classes.cell} data-col="clientNumber">
        {client.clientNumber}
      </div>
      <div role="cell" className={classes.cell} data-col="name">
        <Text span size="sm" fw={500} truncate>
          {client.displayName}
        </Text>
      </div>
      <div role="cell" className={classes.cell} data-col="kind">
        {t(`kind.${client.kind}`)}
      </div>
      <div role="cell" className={classes.cell} data-col="city">
        {client.city ?? ''}
      </div>
      <div role="cell" className={classes.cell} data-col="status">
        <Badge size="sm" variant="light" color={statusColor[client.status]}>
          {t(`status.${client.status}`)}
        </Badge>
      </div>
    </>
  );
}

interface Props {
  pages: ClientPages;
  query: string;
  /** The list is narrowed by filters besides the search. */
  filtered: boolean;
  onOpen: (client: ClientSummary) => void;
}

/** Only the rows in view are in the DOM, so 50,000 clients scroll as smoothly as 50. */
export function ClientsTable({ pages, query, filtered, onOpen }: Props) {
  const { t } = useTranslation('clients');
  const scrollRef = useRef<HTMLDivElement>(null);
  const highlightId = useClientsView((s) => s.highlightId);
  const sortBy = useClientsView((s) => s.sortBy);
  const sortDir = useClientsView((s) => s.sortDir);
  const total = pages.total ?? 0;

  // The app is not built with the React Compiler; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    paddingStart: HEADER_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index;
  const last = items[items.length - 1]?.index;
  const { ensureRange, rowAt, indexOf } = pages;

  useEffect(() => {
    if (first !== undefined && last !== undefined) ensureRange(first, last);
  }, [first, last, ensureRange]);

  // A new search or sort order starts at the top of the list.
  const filters = useClientsView((s) => s.filters);
  const orderKey = `${query}|${sortBy}|${sortDir}|${JSON.stringify(filters)}`;
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [orderKey]);

  // Bring a just-created client into view: jump to it if its row is loaded, otherwise to the end
  // of the list where a new client number sorts, which loads the page that holds it.
  const scrolledFor = useRef<{ id: number; found: boolean; jumped: boolean } | null>(null);
  useEffect(() => {
    if (highlightId === null || pages.stale || total === 0) return;
    if (scrolledFor.current?.id !== highlightId) {
      scrolledFor.current = { id: highlightId, found: false, jumped: false };
    }
    const state = scrolledFor.current;
    if (state.found) return;
    const index = indexOf(highlightId);
    if (index >= 0) {
      state.found = true;
      virtualizer.scrollToIndex(index, { align: 'auto' });
      return;
    }
    if (!state.jumped && sortBy === 'clientNumber') {
      state.jumped = true;
      virtualizer.scrollToIndex(sortDir === 'asc' ? total - 1 : 0, { align: 'auto' });
    }
  }, [highlightId, pages.stale, total, indexOf, sortBy, sortDir, virtualizer]);

  const emptyText =
    pages.total === 0
      ? query.trim()
        ? t('table.noMatch', { query: query.trim() })
        : filtered
          ? t('table.noFilterMatch')
          : t('table.empty')
      : null;

  return (
    <div
      ref={scrollRef}
      className={classes.scroller}
      data-testid="client-list"
      data-stale={pages.stale || undefined}
    >
      <div
        role="table"
        aria-label={t('table.label')}
        aria-rowcount={total + 1}
        className={classes.table}
        style={{ height: Math.max(virtualizer.getTotalSize(), HEADER_HEIGHT) }}
      >
        <div role="rowgroup" className={classes.header} style={{ height: HEADER_HEIGHT }}>
          <div role="row" aria-rowindex={1} className={classes.grid}>
            {columns.map((column) => (
              <HeaderCell key={column.id} column={column} />
            ))}
          </div>
        </div>
        <div role="rowgroup">
          {items.map((item) => {
            const client = rowAt(item.index);
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                className={classes.row}
                data-testid={client ? 'client-row' : 'client-row-loading'}
                data-client-id={client?.id}
                data-highlighted={client && client.id === highlightId ? true : undefined}
                data-odd={item.index % 2 === 1 || undefined}
                data-clickable={client ? true : undefined}
                tabIndex={client ? 0 : undefined}
                aria-label={client ? t('table.openHint', { name: client.displayName }) : undefined}
                onClick={client ? () => onOpen(client) : undefined}
                onKeyDown={
                  client
                    ? (event) => {
                        if (event.key === 'Enter' || event.key === ' ') {
                          event.preventDefault();
                          onOpen(client);
                        }
                      }
                    : undefined
                }
                style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                {client ? (
                  <Row client={client} />
                ) : (
                  <div role="cell" className={classes.loadingCell}>
                    {t('table.loadingRow')}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
      {emptyText && (
        <Text c="dimmed" ta="center" py="xl" data-testid="client-list-empty">
          {emptyText}
        </Text>
      )}
    </div>
  );
}
