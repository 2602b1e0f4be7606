import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { AppLayout } from './AppLayout';
import { ErrorBoundary } from './ErrorBoundary';
import { theme } from './theme';

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="bottom-right" limit={4} />
      <ErrorBoundary>
        <AppLayout />
      </ErrorBoundary>
    </MantineProvider>
  );
}
