import {
  Alert,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  PasswordInput,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentDetail } from '../../../src-shared/documents/document-schemas';
import { docTypeLabels } from '../../../src-shared/rules/documents/doc-types';
import { api } from '../../api/client';
import { isConflict, notifyError } from '../../api/notify';
import { useApiQuery } from '../../api/use-api-query';
import { notifyConflict } from '../../app/notify-conflict';
import { formatDate, formatDateTime } from '../../i18n/dates';
import { useCan } from '../auth/use-access';
import { downloadDocument, openOrDownload } from './download';
import { useInbox } from './inbox-store';
import classes from './inbox.module.css';
import { notifyOrderCreated } from './notify-filed';
import { PagePreview } from './PagePreview';
import { fieldKeys } from './review-form';
import { ReviewForm } from './ReviewForm';

const POLL_MS = 1_500;

function ErrorState({ doc, onDone }: { doc: DocumentDetail; onDone: (doc: DocumentDetail) => void }) {
  const { t } = useTranslation('inbox');
  const canWrite = useCan('write');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const needsPassword = doc.errorCode === 'password-required' || doc.errorCode === 'password-wrong';

  async function reread(withPassword?: string) {
    setBusy(true);
    try {
      onDone(
        await api.documents.reanalyze({ id: doc.id, ...(withPassword ? { password: withPassword } : {}) }),
      );
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="sm" data-testid="document-error">
      <Alert
        color={needsPassword ? 'yellow' : 'red'}
        title={needsPassword ? t('review.passwordTitle') : t('review.errorTitle')}
      >
        <Text size="sm" data-testid="document-error-message">
          {doc.error}
        </Text>
      </Alert>
      {canWrite && needsPassword && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void reread(password);
          }}
        >
          <Stack gap="xs">
            <Text size="sm">{t('review.passwordText')}</Text>
            <PasswordInput
              label={t('review.password')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              autoComplete="off"
              data-testid="pdf-password"
            />
            <Group>
              <Button type="submit" loading={busy} disabled={password === ''}>
                {t('review.passwordSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {canWrite && !needsPassword && (
        <Group>
          <Button
            variant="default"
            loading={busy}
            onClick={() => void reread()}
            data-testid="document-reread"
          >
            {t('review.reread')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function FiledView({ doc, onChanged }: { doc: DocumentDetail; onChanged: (doc: DocumentDetail) => void }) {
  const { t } = useTranslation('inbox');
  const { t: tShell } = useTranslation('shell');
  const canWrite = useCan('write');
  const [busy, setBusy] = useState(false);
  const dash = tShell('common.notAvailable');
  const fields = doc.confirmedFields;

  async function createOrder() {
    setBusy(true);
    try {
      const result = await api.documents.createReviewOrder({ id: doc.id, version: doc.version });
      await notifyOrderCreated(result.orderId, doc.orderProposal);
      onChanged(result.document);
    } catch (error) {
      if (isConflict(error)) notifyConflict(error, () => useInbox.getState().refresh());
      else notifyError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="sm" data-testid="filed-view">
      <Text size="sm">
        {doc.clientName
          ? t('review.filedAt', { date: formatDateTime(doc.confirmedAt), client: doc.clientName })
          : t('review.filedWithoutClient', { date: formatDateTime(doc.confirmedAt) })}
      </Text>
      <Table variant="vertical" layout="fixed" withRowBorders={false} verticalSpacing={4}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={170}>{t('review.docType')}</Table.Th>
            <Table.Td>{doc.docType ? docTypeLabels[doc.docType] : dash}</Table.Td>
          </Table.Tr>
          {fieldKeys.map((key) => {
            const value = fields?.[key];
            const shown =
              value === null || value === undefined
                ? dash
                : key === 'documentDate' || key === 'dueDate'
                  ? formatDate(String(value))
                  : key === 'amount'
                    ? new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(
                        Number(value),
                      )
                    : String(value);
            return (
              <Table.Tr key={key}>
                <Table.Th>{t(`fields.${key}`)}</Table.Th>
                <Table.Td>{shown}</Table.Td>
              </Table.Tr>
            );
          })}
          <Table.Tr>
            <Table.Th>{t('review.frist')}</Table.Th>
            <Table.Td>{doc.einspruchsfristEnd ? formatDate(doc.einspruchsfristEnd) : dash}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {doc.linkedOrders.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('review.linkedOrders')}
          </Text>
          {doc.linkedOrders.map((order) => (
            <Text key={order.id} size="sm" data-testid="linked-order">
              {order.title}
              {order.dueDate ? ` – ${formatDate(order.dueDate)}` : ''}
            </Text>
          ))}
        </Stack>
      )}
      {canWrite && doc.orderProposal && (
        <Group>
          <Button onClick={() => void createOrder()} loading={busy} data-testid="create-review-order">
            {t('review.createOrder', { due: formatDate(doc.orderProposal.dueDate) })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** Preview and review of one document. */
export function DocumentReview({ id }: { id: number }) {
  const { t } = useTranslation('inbox');
  const canWrite = useCan('write');
  const refresh = useInbox((s) => s.refresh);
  const query = useApiQuery(() => api.documents.get({ id }), [id]);
  const [override, setOverride] = useState<DocumentDetail | null>(null);
  const doc =
    override && override.id === id && (!query.data || override.version >= query.data.version)
      ? override
      : query.data;
  const reload = query.reload;

  // A document still being read is fetched again until the analysis is done.
  const reading = doc?.status === 'in_arbeit';
  useEffect(() => {
    if (!reading) return;
    const timer = setTimeout(reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [reading, reload, doc?.version]);

  if (!doc) {
    return (
      <Center p="xl">
        <Loader size="sm" />
      </Center>
    );
  }

  const changed = (next: DocumentDetail) => {
    setOverride(next);
    refresh();
  };

  return (
    <div className={classes.review} data-testid="document-review" data-document-id={doc.id}>
      <PagePreview key={`${doc.id}`} id={doc.id} pages={doc.pages} version={doc.version} />
      <div className={classes.formPane}>
        <Paper p={0}>
          <Group justify="space-between" wrap="nowrap" mb="xs" align="flex-start">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Title order={3} size="h5" style={{ wordBreak: 'break-word' }} data-testid="review-name">
                {doc.originalName}
              </Title>
              <Text size="xs" c="dimmed">
                {formatDateTime(doc.importedAt)}
                {doc.importedByName ? ` · ${doc.importedByName}` : ''}
              </Text>
            </Stack>
            <Badge variant="light" data-testid="review-status" style={{ flexShrink: 0 }}>
              {t(`status.${doc.status}`)}
            </Badge>
          </Group>
          <Group gap="xs" mb="sm">
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => void openOrDownload(doc.id).catch(notifyError)}
            >
              {t('review.open')}
            </Button>
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => void downloadDocument(doc.id).catch(notifyError)}
            >
              {t('review.download')}
            </Button>
          </Group>
        </Paper>
        {doc.status === 'in_arbeit' && (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">{t('review.reading')}</Text>
          </Group>
        )}
        {doc.status === 'fehler' && <ErrorState doc={doc} onDone={changed} />}
        {doc.status === 'abgelegt' && <FiledView doc={doc} onChanged={changed} />}
        {doc.status === 'zu_pruefen' && (
          <ReviewForm
            key={`${doc.id}-${doc.version}`}
            doc={doc}
            canWrite={canWrite}
            onSaved={changed}
            reload={() => {
              setOverride(null);
              reload();
            }}
          />
        )}
      </div>
    </div>
  );
}
