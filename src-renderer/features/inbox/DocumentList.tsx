import { Badge, Center, Loader, Table, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../src-shared/documents/document-schemas';
import { docTypeLabels } from '../../../src-shared/rules/documents/doc-types';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { formatDate } from '../../i18n/dates';
import { useInbox, type InboxTab } from './inbox-store';
import classes from './inbox.module.css';
import { StateBadge } from './StateBadge';

const LIMIT = 500;
const POLL_MS = 2_000;

const load = (tab: InboxTab) =>
  api.documents.list(tab === 'open' ? { inbox: true, limit: LIMIT } : { status: 'abgelegt', limit: LIMIT });

function StatusCell({ doc }: { doc: DocumentSummary }) {
  const { t } = useTranslation('inbox');
  if (doc.status === 'fehler')
    return (
      <Badge color="red" variant="light" size="sm" data-testid="row-state" data-state="fehler">
        {t('status.fehler')}
      </Badge>
    );
  if (doc.status === 'in_arbeit')
    return (
      <Badge color="blue" variant="light" size="sm" data-testid="row-state" data-state="in_arbeit">
        {t('status.in_arbeit')}
      </Badge>
    );
  if (doc.status === 'abgelegt')
    return (
      <Badge color="teal" variant="light" size="sm" data-testid="row-state" data-state="abgelegt">
        {t('status.abgelegt')}
      </Badge>
    );
  return <StateBadge state={doc.reviewState} testId="row-state" />;
}

export function DocumentList({ tab }: { tab: InboxTab }) {
  const { t } = useTranslation('inbox');
  const generation = useInbox((s) => s.generation);
  const selectedId = useInbox((s) => s.selectedId);
  const select = useInbox((s) => s.select);
  const query = useApiQuery(() => load(tab), [tab, generation]);
  const items = query.data?.items;
  const reading = items?.some((d) => d.status === 'in_arbeit') ?? false;
  const { reload } = query;

  useEffect(() => {
    if (!reading) return;
    const timer = setTimeout(reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [reading, reload, items]);

  if (!items) {
    return (
      <Center p="md">
        <Loader size="sm" />
      </Center>
    );
  }
  if (items.length === 0) {
    return (
      <Text c="dimmed" size="sm" p="md" data-testid="inbox-empty">
        {tab === 'open' ? t('list.empty') : t('list.emptyFiled')}
      </Text>
    );
  }

  return (
    <Table stickyHeader highlightOnHover aria-label={t('list.label')} verticalSpacing={6} fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('list.name')}</Table.Th>
          <Table.Th>{t('list.type')}</Table.Th>
          <Table.Th>{t('list.client')}</Table.Th>
          <Table.Th w={100}>{t('list.date')}</Table.Th>
          <Table.Th w={120}>{t('list.frist')}</Table.Th>
          <Table.Th w={110}>{t('list.state')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((doc) => {
          const client = doc.clientName ?? doc.proposedClientName;
          return (
            <Table.Tr
              key={doc.id}
              className={classes.row}
              data-selected={doc.id === selectedId}
              data-testid="inbox-row"
              data-document-id={doc.id}
              aria-selected={doc.id === selectedId}
              tabIndex={0}
              onClick={() => select(doc.id)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  select(doc.id);
                }
              }}
            >
              <Table.Td data-col="name" style={{ wordBreak: 'break-word' }}>
                {doc.title && doc.title !== doc.originalName ? (
                  <>
                    {doc.title}
                    <Text size="xs" c="dimmed">
                      {doc.originalName}
                    </Text>
                  </>
                ) : (
                  doc.originalName
                )}
              </Table.Td>
              <Table.Td data-col="type">{doc.docType ? docTypeLabels[doc.docType] : ''}</Table.Td>
              <Table.Td data-col="client">
                {client ?? ''}
                {!doc.clientName && doc.proposedClientName && (
                  <Text span size="xs" c="dimmed">
                    {` (${t('list.proposed')})`}
                  </Text>
                )}
                {!client && doc.proposedNewClientName && (
                  <Text span size="sm" c="dimmed" fs="italic">
                    {t('list.proposedNew', { name: doc.proposedNewClientName })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td data-col="date">{formatDate(doc.documentDate)}</Table.Td>
              <Table.Td data-col="frist">{formatDate(doc.einspruchsfristEnd)}</Table.Td>
              <Table.Td data-col="state">
                <StatusCell doc={doc} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
