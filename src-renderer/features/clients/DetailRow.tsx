import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

export function DetailRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={190} fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

export function DetailTable({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <Table variant="vertical" layout="fixed" withRowBorders={false} verticalSpacing={6} aria-label={label}>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
}
