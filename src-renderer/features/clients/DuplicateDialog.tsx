import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientDuplicate } from '../../../src-shared/clients/client-output';

interface Props {
  duplicates: ClientDuplicate[];
  creating: boolean;
  onCreateAnyway: () => void;
  onOpen: (id: number) => void;
  onBack: () => void;
}

/** Shown when the core refuses a new client because similar ones exist. */
export function DuplicateDialog({ duplicates, creating, onCreateAnyway, onOpen, onBack }: Props) {
  const { t } = useTranslation('clients');
  const [first] = duplicates;
  return (
    <Modal opened onClose={onBack} title={t('duplicates.title')} size="lg" centered zIndex={400}>
      <Stack gap="md" data-testid="duplicate-dialog">
        <Text size="sm">{t('duplicates.intro')}</Text>
        <Table verticalSpacing={6} withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('duplicates.number')}</Table.Th>
              <Table.Th>{t('duplicates.name')}</Table.Th>
              <Table.Th>{t('duplicates.address')}</Table.Th>
              <Table.Th>{t('duplicates.reason')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {duplicates.map((duplicate) => (
              <Table.Tr key={duplicate.id} data-testid="duplicate-row">
                <Table.Td>{duplicate.clientNumber}</Table.Td>
                <Table.Td>
                  {duplicate.displayName}
                  {duplicate.status !== 'aktiv' && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      ({t(`status.${duplicate.status}`)})
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{duplicate.city ?? ''}</Table.Td>
                <Table.Td>{duplicate.reasonText}</Table.Td>
                <Table.Td>
                  {duplicates.length > 1 && (
                    <Button size="compact-xs" variant="subtle" onClick={() => onOpen(duplicate.id)}>
                      {t('duplicates.open')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onBack} disabled={creating}>
            {t('duplicates.back')}
          </Button>
          {duplicates.length === 1 && first && (
            <Button variant="light" onClick={() => onOpen(first.id)} disabled={creating}>
              {t('duplicates.open')}
            </Button>
          )}
          <Button color="orange" onClick={onCreateAnyway} loading={creating}>
            {t('duplicates.createAnyway')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
