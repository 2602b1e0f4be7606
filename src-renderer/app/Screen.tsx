import { Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './Screen.module.css';

interface ScreenProps {
  title: string;
  actions?: ReactNode;
  /** Screens with their own scroll container (virtual lists) fill the height instead of scrolling. */
  fill?: boolean;
  children: ReactNode;
  testId?: string;
}

export function Screen({ title, actions, fill = false, children, testId }: ScreenProps) {
  return (
    <section className={fill ? classes.fill : classes.scroll} aria-label={title} data-testid={testId}>
      <Group justify="space-between" mb="md" wrap="nowrap">
        <Title order={2} size="h3">
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </section>
  );
}
