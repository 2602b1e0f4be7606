import { useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { useEffect } from 'react';
import type { UserSettings } from '../../src-shared/ipc/contracts/users';
import { useSession } from '../features/auth/session-store';

const schemes: Record<UserSettings['theme'], MantineColorScheme> = {
  hell: 'light',
  dunkel: 'dark',
  system: 'auto',
};

/** Applies the logged-in user's theme; the login screen keeps the scheme of whoever used it last. */
export function ColorSchemeSync() {
  const theme = useSession((s) => s.session?.settings?.theme ?? null);
  const { setColorScheme } = useMantineColorScheme();
  useEffect(() => {
    if (theme) setColorScheme(schemes[theme]);
  }, [theme, setColorScheme]);
  return null;
}
