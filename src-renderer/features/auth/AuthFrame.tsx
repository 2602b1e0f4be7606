import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppMark } from '../../app/icons';
import classes from './AuthFrame.module.css';

interface Props {
  title: string;
  subtitle?: ReactNode;
  width?: number;
  view: 'setup' | 'login' | 'locked' | 'loading';
  children: ReactNode;
}

/** The centred card the wizard, the login and the lock screen share. */
export function AuthFrame({ title, subtitle, width = 420, view, children }: Props) {
  const { t } = useTranslation('shell');
  return (
    <main className={classes.page} data-session-view={view === 'loading' ? undefined : view}>
      <Stack w="100%" maw={width} gap="lg">
        <Group gap="xs" justify="center" wrap="nowrap">
          <AppMark size={30} className={classes.mark} />
          <Text fw={600} size="xl">
            {t('appName')}
          </Text>
        </Group>
        <Paper withBorder shadow="sm" radius="md" p="xl">
          <Stack gap="md">
            <Stack gap={4}>
              <Title order={1} size="h3">
                {title}
              </Title>
              {subtitle && (
                <Text size="sm" c="dimmed">
                  {subtitle}
                </Text>
              )}
            </Stack>
            {children}
          </Stack>
        </Paper>
      </Stack>
    </main>
  );
}
