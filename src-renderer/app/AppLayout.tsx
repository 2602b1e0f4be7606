import { AppShell, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { onSessionResumed } from '../api/session-events';
import { useOffice } from '../features/office/office-store';
import { GlobalDropZone } from '../features/inbox/GlobalDropZone';
import { ImportPanel } from '../features/inbox/ImportPanel';
import { GlobalSearch } from '../features/search/GlobalSearch';
import { CurrentUser } from '../features/shell/CurrentUser';
import { Navigation } from '../features/shell/Navigation';
import { ErrorBoundary } from './ErrorBoundary';
import { AppMark } from './icons';
import classes from './AppLayout.module.css';
import { useRouter } from './router-store';
import { routes } from './routes';

export function AppLayout() {
  const { t } = useTranslation('shell');
  const office = useOffice((s) => s.office);
  const loadOffice = useOffice((s) => s.load);
  useEffect(() => {
    void loadOffice();
    // Opened while locked, the first load was refused.
    return onSessionResumed(() => void loadOffice());
  }, [loadOffice]);
  const route = useRouter((s) => s.route);
  const current = routes.find((r) => r.id === route) ?? routes[0];
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 228, breakpoint: 0 }} padding={0}>
      <AppShell.Header className={classes.header}>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <AppMark size={24} className={classes.mark} />
            <Text fw={600} size="md">
              {t('appName')}
            </Text>
            <Text size="sm" c="dimmed" truncate maw={520} data-testid="office-name">
              {office?.name ?? t('appSubtitle')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <GlobalSearch />
            <CurrentUser />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        p="xs"
        className={classes.navbar}
        aria-label={t('nav.label')}
        data-testid="app-navigation"
      >
        <Navigation />
      </AppShell.Navbar>
      <AppShell.Main className={classes.main}>
        {/* Keyed by route: a screen that failed gets a fresh start when the user navigates away. */}
        <ErrorBoundary key={route}>{current?.render()}</ErrorBoundary>
      </AppShell.Main>
      <GlobalDropZone />
      <ImportPanel />
    </AppShell>
  );
}
