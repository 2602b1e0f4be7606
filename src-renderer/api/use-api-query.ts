import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { AppError } from '../../src-shared/errors/app-error';
import { asAppError, notifyError } from './notify';
import { isSessionError, onSessionResumed } from './session-events';

export interface ApiQuery<T> {
  data: T | undefined;
  error: AppError | null;
  loading: boolean;
  reload: () => void;
}

interface Settled<T> {
  key: string;
  data: T | undefined;
  error: AppError | null;
}

/**
 * Loads data for a screen, again on `reload` or when one of `deps` (primitives) changes.
 * A failure is shown as a notification and kept in `error` so the screen can render a fallback;
 * the previous data stays visible while a reload is under way. A load refused because the session
 * was locked runs again once the user has unlocked it.
 */
export function useApiQuery<T>(
  load: () => Promise<T>,
  deps: readonly (string | number | boolean | null | undefined)[] = [],
): ApiQuery<T> {
  const [generation, setGeneration] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const key = JSON.stringify([generation, ...deps]);
  const runLoad = useEffectEvent(() => load());

  useEffect(() => {
    let current = true;
    runLoad().then(
      (data) => {
        if (current) setSettled({ key, data, error: null });
      },
      (failure: unknown) => {
        if (!current) return;
        const error = asAppError(failure);
        setSettled((previous) => ({ key, data: previous?.data, error }));
        notifyError(error);
      },
    );
    return () => {
      current = false;
    };
  }, [key]);

  const refusedBySession = settled !== null && isSessionError(settled.error);
  useEffect(() => {
    if (!refusedBySession) return;
    return onSessionResumed(() => setGeneration((g) => g + 1));
  }, [refusedBySession]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return {
    data: settled?.data,
    error: settled?.error ?? null,
    loading: settled?.key !== key,
    reload,
  };
}
