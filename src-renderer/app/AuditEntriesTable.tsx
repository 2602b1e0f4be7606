import { Stack, Table, Text } from '@mantine/core';
import type { AuditEntry } from '../../src-shared/ipc/contracts/audit';
import { formatDateTime } from '../i18n/dates';

export interface AuditEntriesTableProps {
  entries: readonly AuditEntry[];
  /** German column headings and the text shown without entries (each feature words them itself). */
  labels: { at: string; user: string; action: string; details: string; empty: string; table: string };
  actionLabel: (entry: AuditEntry) => string;
  /** One line per changed value, e.g. "Ort: München → Bonn". */
  details: (entry: AuditEntry) => string[];
  testId: string;
  entryTestId: string;
}

/** An entity's audit history (Verlauf / Änderungsprotokoll), newest first as the core returns it. */
export function AuditEntriesTable(props: AuditEntriesTableProps) {
  const { entries, labels } = props;
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {labels.empty}
      </Text>
    );
  }
  return (
    <Table verticalSpacing={6} aria-label={labels.table} data-testid={props.testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={140}>{labels.at}</Table.Th>
          <Table.Th w={150}>{labels.user}</Table.Th>
          <Table.Th w={150}>{labels.action}</Table.Th>
          <Table.Th>{labels.details}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => (
          <Table.Tr key={entry.id} data-testid={props.entryTestId} data-action={entry.action}>
            <Table.Td>
              <Text size="xs">{formatDateTime(entry.at)}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{entry.actorName}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{props.actionLabel(entry)}</Text>
            </Table.Td>
            <Table.Td>
              <Stack gap={0}>
                {props.details(entry).map((line) => (
                  <Text size="xs" key={line}>
                    {line}
                  </Text>
                ))}
              </Stack>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
