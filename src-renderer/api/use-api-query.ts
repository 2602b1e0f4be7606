import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../src-shared/errors/app-error';
import { asAppError, notifyError } from './notify';

export interface ApiQuery<T> {
  data: T | undefined;
  error: AppError | null;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads data for a screen once (and again on `reload` or when `deps` change); a failure is
 * shown as a notification and kept in `error` so the screen can render a fallback.
 */
export function useApiQuery<T>(load: () => Promise<T>, deps: readonly unknown[] = []): ApiQuery<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<AppError | null>(null);
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let current = true;
    setLoading(true);
    loadRef.current().then(
      (value) => {
        if (!current) return;
        setData(value);
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!current) return;
        const appError = asAppError(failure);
        setError(appError);
        setLoading(false);
        notifyError(appError);
      },
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- callers pass their own dependency list
  }, [generation, ...deps]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, loading, reload };
}
