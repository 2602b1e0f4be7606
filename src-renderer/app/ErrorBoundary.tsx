import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../i18n/instance';
import { reportRendererError } from './error-reporting';

interface Props {
  children: ReactNode;
}

interface State {
  failed: boolean;
}

/** Keeps one broken screen from blanking the whole window, and logs what happened. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    const componentStack = info.componentStack ? `\nKomponenten:${info.componentStack}` : '';
    const withStack =
      error instanceof Error
        ? Object.assign(error, { stack: `${error.stack ?? ''}${componentStack}` })
        : error;
    reportRendererError(withStack, 'react.error-boundary');
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    // A class component cannot use the hook; the shared instance gives the same strings.
    const t = i18n.getFixedT('de', 'shell');
    return (
      <Stack p="xl" maw={640} data-testid="error-boundary">
        <Alert color="red" variant="light" title={t('errors.boundaryTitle')} role="alert">
          <Text size="sm">{t('errors.boundaryText')}</Text>
        </Alert>
        <Group>
          <Button variant="default" onClick={() => this.setState({ failed: false })}>
            {t('errors.retry')}
          </Button>
          <Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>
        </Group>
      </Stack>
    );
  }
}
