import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { SessionGate } from '../features/auth/SessionGate';
import { ColorSchemeSync } from './ColorSchemeSync';
import { ErrorBoundary } from './ErrorBoundary';
import { theme } from './theme';

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <DatesProvider settings={{ locale: 'de', firstDayOfWeek: 1, weekendDays: [0, 6] }}>
        <ColorSchemeSync />
        <Notifications position="bottom-right" limit={4} />
        <ErrorBoundary>
          <SessionGate />
        </ErrorBoundary>
      </DatesProvider>
    </MantineProvider>
  );
}
