import { ActionIcon, Button, Fieldset, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

interface RepeatableRowsProps<Row extends { key: string }> {
  rows: readonly Row[];
  testId: string;
  /** German label of the remove button of row `index` (0-based), e.g. "Bankverbindung 2 entfernen". */
  removeLabel: (index: number) => string;
  onRemove: (index: number) => void;
  addLabel: string;
  onAdd: () => void;
  children: (row: Row, index: number) => ReactNode;
}

/** A list of boxed rows in the client form (bank accounts, Ansprechpartner) with remove and add. */
export function RepeatableRows<Row extends { key: string }>(props: RepeatableRowsProps<Row>) {
  return (
    <Stack gap="xs">
      {props.rows.map((row, index) => (
        <Fieldset key={row.key} variant="filled" p="sm" data-testid={props.testId}>
          <Group justify="flex-end" mb={-8}>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={props.removeLabel(index)}
              onClick={() => props.onRemove(index)}
            >
              ×
            </ActionIcon>
          </Group>
          {props.children(row, index)}
        </Fieldset>
      ))}
      <Button variant="subtle" size="xs" style={{ alignSelf: 'flex-start' }} onClick={props.onAdd}>
        {props.addLabel}
      </Button>
    </Stack>
  );
}
