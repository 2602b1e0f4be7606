import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../src-shared/errors/app-error';
import type { ClientSummary } from '../../../src-shared/ipc/contracts/clients';
import { api } from '../../api/client';
import { asAppError, notifyError } from '../../api/notify';
import { filterInput, type ClientFilters, type ClientSortField, type SortDirection } from './clients-store';

/** Rows per request: a screenful many times over, yet small enough to arrive at once. */
export const PAGE_SIZE = 200;

export interface ClientListParams {
  query: string;
  filters: ClientFilters;
  sortBy: ClientSortField;
  sortDir: SortDirection;
  reloadToken: number;
}

interface Snapshot {
  key: string;
  total: number | null;
  pages: ReadonlyMap<number, readonly ClientSummary[]>;
}

export interface ClientPages {
  /** Null until the first page for the current parameters has arrived. */
  total: number | null;
  /** The row at `index`, or undefined while its page is still loading. */
  rowAt: (index: number) => ClientSummary | undefined;
  /** The position of a loaded client, or -1 if its page is not loaded. */
  indexOf: (id: number) => number;
  /** Fetches the pages covering rows `first..last` that are not loaded yet. */
  ensureRange: (first: number, last: number) => void;
  /** True while the list shown is for older parameters (typing in the search box). */
  stale: boolean;
  error: AppError | null;
}

const keyOf = (p: ClientListParams) =>
  JSON.stringify([p.query.trim(), p.filters, p.sortBy, p.sortDir, p.reloadToken]);

/**
 * Pages of the client list, fetched on demand as the user scrolls. The previous result stays
 * on screen until the first page for new parameters arrives, so typing does not flicker.
 */
export function useClientPages(params: ClientListParams): ClientPages {
  const key = keyOf(params);
  const [snapshot, setSnapshot] = useState<Snapshot>({ key: '', total: null, pages: new Map() });
  const [error, setError] = useState<AppError | null>(null);
  const latest = useRef({ key, params });
  const inFlight = useRef(new Set<string>());

  useEffect(() => {
    latest.current = { key, params };
  });

  const fetchPage = useCallback((forKey: string, forParams: ClientListParams, page: number) => {
    const id = `${forKey}#${page}`;
    if (inFlight.current.has(id)) return;
    inFlight.current.add(id);
    api.clients
      .list({
        ...filterInput(forParams.query, forParams.filters),
        sortBy: forParams.sortBy,
        sortDir: forParams.sortDir,
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE,
      })
      .then(
        (result) => {
          if (latest.current.key !== forKey) return;
          setError(null);
          setSnapshot((previous) => {
            const pages = new Map(previous.key === forKey ? previous.pages : []);
            pages.set(page, result.items);
            return { key: forKey, total: result.total, pages };
          });
        },
        (failure: unknown) => {
          if (latest.current.key !== forKey) return;
          const appError = asAppError(failure);
          setError(appError);
          notifyError(appError);
        },
      )
      .finally(() => inFlight.current.delete(id));
  }, []);

  useEffect(() => {
    fetchPage(key, latest.current.params, 0);
  }, [key, fetchPage]);

  const ensureRange = useCallback(
    (first: number, last: number) => {
      if (snapshot.key !== key) return;
      for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) {
        if (!snapshot.pages.has(page)) fetchPage(key, latest.current.params, page);
      }
    },
    [snapshot, key, fetchPage],
  );

  const rowAt = useCallback(
    (index: number) => snapshot.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    [snapshot],
  );

  const indexOf = useCallback(
    (id: number) => {
      for (const [page, items] of snapshot.pages) {
        const offset = items.findIndex((client) => client.id === id);
        if (offset >= 0) return page * PAGE_SIZE + offset;
      }
      return -1;
    },
    [snapshot],
  );

  return {
    total: snapshot.total,
    rowAt,
    indexOf,
    ensureRange,
    stale: snapshot.key !== key,
    error,
  };
}
