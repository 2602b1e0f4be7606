import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { docTypeLabels } from '../../../src-shared/rules/documents/doc-types';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';
import { useApiQuery } from '../../api/use-api-query';
import { formatDateTime } from '../../i18n/dates';
import { openOrDownload } from '../inbox/download';

/** The order's documents (the Bescheid it came from, letters generated for it). */
export function OrderDocuments({ orderId }: { orderId: number }) {
  const { t } = useTranslation('orders');
  const documents = useApiQuery(() => api.documents.list({ orderId, limit: 500 }), [orderId]);

  const open = (id: number) => openOrDownload(id).catch(notifyError);

  if (documents.error) return <Text c="red">{documents.error.userMessage}</Text>;
  const items = documents.data?.items ?? [];
  if (documents.data && items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('detail.documents.empty')}
      </Text>
    );
  }
  return (
    <Table data-testid="order-documents">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('detail.documents.name')}</Table.Th>
          <Table.Th>{t('detail.documents.type')}</Table.Th>
          <Table.Th>{t('detail.documents.date')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((doc) => (
          <Table.Tr key={doc.id}>
            <Table.Td>{doc.title ?? doc.originalName}</Table.Td>
            <Table.Td>{doc.docType ? docTypeLabels[doc.docType] : ''}</Table.Td>
            <Table.Td>{formatDateTime(doc.importedAt)}</Table.Td>
            <Table.Td>
              <Button size="compact-xs" variant="default" onClick={() => void open(doc.id)}>
                {t('detail.documents.open')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
