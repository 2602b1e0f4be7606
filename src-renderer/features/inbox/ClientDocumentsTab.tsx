import { ActionIcon, Badge, Button, Group, Loader, Modal, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../src-shared/documents/document-schemas';
import { docTypeLabels } from '../../../src-shared/rules/documents/doc-types';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';
import { useApiQuery } from '../../api/use-api-query';
import { formatDate } from '../../i18n/dates';
import { downloadDocument, openOrDownload } from './download';
import { openDocument, useInbox } from './inbox-store';
import { PagePreview } from './PagePreview';

const LIMIT = 500;

/** The documents filed to (or proposed for) one client, on the client's detail view. */
export function ClientDocumentsTab({ clientId }: { clientId: number }) {
  const { t } = useTranslation('inbox');
  const generation = useInbox((s) => s.generation);
  const query = useApiQuery(() => api.documents.list({ clientId, limit: LIMIT }), [clientId, generation]);
  const [previewing, setPreviewing] = useState<DocumentSummary | null>(null);
  const items = query.data?.items;

  if (!items) return <Loader size="sm" />;
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="client-documents" data-client-id={clientId}>
        {t('clientDocs.empty')}
      </Text>
    );
  }
  return (
    <>
      <Table
        fz="sm"
        verticalSpacing={4}
        aria-label={t('clientDocs.label')}
        data-testid="client-documents"
        data-client-id={clientId}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('clientDocs.name')}</Table.Th>
            <Table.Th>{t('clientDocs.type')}</Table.Th>
            <Table.Th>{t('clientDocs.date')}</Table.Th>
            <Table.Th>{t('clientDocs.status')}</Table.Th>
            <Table.Th>{t('clientDocs.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((doc) => (
            <Table.Tr key={doc.id} data-testid="client-document-row">
              <Table.Td style={{ wordBreak: 'break-word' }}>
                <Button variant="subtle" size="compact-sm" onClick={() => setPreviewing(doc)} px={0}>
                  {doc.title ?? doc.originalName}
                </Button>
              </Table.Td>
              <Table.Td>{doc.docType ? docTypeLabels[doc.docType] : ''}</Table.Td>
              <Table.Td>{formatDate(doc.documentDate)}</Table.Td>
              <Table.Td>
                <Badge variant="light" size="sm" color={doc.status === 'abgelegt' ? 'teal' : 'blue'}>
                  {t(`status.${doc.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button size="compact-xs" variant="default" onClick={() => setPreviewing(doc)}>
                    {t('clientDocs.preview')}
                  </Button>
                  <Button
                    size="compact-xs"
                    variant="default"
                    onClick={() => void openOrDownload(doc.id).catch(notifyError)}
                  >
                    {t('clientDocs.open')}
                  </Button>
                  <Button
                    size="compact-xs"
                    variant="default"
                    onClick={() => void downloadDocument(doc.id).catch(notifyError)}
                  >
                    {t('clientDocs.download')}
                  </Button>
                  <ActionIcon
                    variant="subtle"
                    size="sm"
                    aria-label={t('clientDocs.inInbox')}
                    title={t('clientDocs.inInbox')}
                    onClick={() => openDocument(doc.id, doc.status === 'abgelegt')}
                  >
                    →
                  </ActionIcon>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal
        opened={previewing !== null}
        onClose={() => setPreviewing(null)}
        title={previewing ? t('clientDocs.previewTitle', { name: previewing.originalName }) : ''}
        size="xl"
      >
        {previewing && (
          <div style={{ height: '75vh', display: 'flex' }}>
            <PagePreview id={previewing.id} pages={previewing.pages} version={previewing.version} />
          </div>
        )}
      </Modal>
    </>
  );
}
