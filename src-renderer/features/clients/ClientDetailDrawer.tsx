import { Badge, Button, Drawer, Group, Loader, Modal, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../src-shared/clients/client-output';
import { api } from '../../api/client';
import { asAppError, notifyError, notifySuccess } from '../../api/notify';
import { useApiQuery } from '../../api/use-api-query';
import { notifyConflict } from '../../app/notify-conflict';
import { formatDate } from '../../i18n/dates';
import { CreateLetterButton } from '../templates/LetterModal';
import { useCan } from '../auth/use-access';
import { ClientDocumentsTab } from '../inbox/ClientDocumentsTab';
import { ClientBankTab } from './ClientBankTab';
import { ClientContactsTab } from './ClientContactsTab';
import { ClientFormModal } from './ClientFormModal';
import { ClientHistory } from './ClientHistory';
import { ClientMasterTab } from './ClientMasterTab';
import { ClientOrdersTab } from './ClientOrdersTab';
import { ClientTaxTab } from './ClientTaxTab';
import { useClientsView } from './clients-store';
import { closeClient, useOpenClient } from './open-client-store';

const statusColor = { aktiv: 'teal', inaktiv: 'gray', ehemalig: 'orange' } as const;

export function ClientDetailDrawer() {
  const { t } = useTranslation('clients');
  const openClientId = useOpenClient((s) => s.openClientId);
  const setOpenClientId = useOpenClient((s) => s.setOpenClientId);
  const reloadList = useClientsView((s) => s.reload);
  const [editing, setEditing] = useState<ClientDetail | null>(null);
  const [detailToken, setDetailToken] = useState(0);
  return (
    <>
      <Drawer
        opened={openClientId !== null}
        onClose={closeClient}
        // Escape is heard by every open overlay: while the form is open it closes only the form.
        closeOnEscape={editing === null}
        position="right"
        size={760}
        title={t('detail.label')}
        closeButtonProps={{ 'aria-label': t('detail.close') }}
      >
        {openClientId !== null && (
          <ClientDetailView
            key={openClientId}
            id={openClientId}
            token={detailToken}
            onEdit={setEditing}
            onChanged={() => {
              setDetailToken((n) => n + 1);
              reloadList();
            }}
          />
        )}
      </Drawer>
      {editing && (
        <ClientFormModal
          client={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setDetailToken((n) => n + 1);
            reloadList();
          }}
          onOpenExisting={(id) => {
            setEditing(null);
            setOpenClientId(id);
          }}
        />
      )}
    </>
  );
}

type Confirming = 'archive' | 'delete' | null;

interface ViewProps {
  id: number;
  token: number;
  onEdit: (client: ClientDetail) => void;
  onChanged: () => void;
}

function ClientDetailView({ id, token, onEdit, onChanged }: ViewProps) {
  const { t } = useTranslation('clients');
  const canWrite = useCan('write');
  const detail = useApiQuery(() => api.clients.get({ id }), [id, token]);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [busy, setBusy] = useState(false);
  const client = detail.data;

  if (!client) {
    return detail.error ? (
      <Text c="red">{detail.error.userMessage}</Text>
    ) : (
      <Loader size="sm" aria-label={t('detail.label')} />
    );
  }

  const act = async () => {
    if (!confirming) return;
    setBusy(true);
    try {
      if (confirming === 'archive') {
        await api.clients.archive({ id: client.id, version: client.version });
        notifySuccess(t('detail.archiveConfirm.done', { number: client.clientNumber }));
        setConfirming(null);
        onChanged();
      } else {
        await api.clients.delete({ id: client.id, version: client.version });
        notifySuccess(t('detail.deleteConfirm.done', { number: client.clientNumber }));
        setConfirming(null);
        closeClient();
        onChanged();
      }
    } catch (error) {
      setConfirming(null);
      const appError = asAppError(error);
      if (appError.kind === 'conflict' && appError.details?.code === 'version_conflict') {
        notifyConflict(appError, onChanged);
      } else {
        // E.g. deleting a client with Aufträge: the core's German message says why.
        notifyError(appError);
      }
    } finally {
      setBusy(false);
    }
  };

  const archived = client.status === 'ehemalig' && client.archivedAt !== null;

  return (
    <Stack gap="md" data-testid="client-detail" data-client-id={client.id}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Title order={3} size="h4" data-testid="client-detail-name">
            {client.displayName}
          </Title>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {client.clientNumber} · {t(`kind.${client.kind}`)}
            </Text>
            <Badge size="sm" variant="light" color={statusColor[client.status]}>
              {t(`status.${client.status}`)}
            </Badge>
            {client.archivedAt && (
              <Text size="xs" c="dimmed">
                {t('detail.archivedAt', { date: formatDate(client.archivedAt.slice(0, 10)) })}
              </Text>
            )}
          </Group>
        </Stack>
        {canWrite && (
          <Group gap="xs" wrap="nowrap">
            <CreateLetterButton
              size="xs"
              client={{ id: client.id, label: `${client.displayName} (${client.clientNumber})` }}
            />
            <Button variant="default" size="xs" onClick={() => onEdit(client)}>
              {t('detail.edit')}
            </Button>
            {!archived && (
              <Button variant="default" size="xs" onClick={() => setConfirming('archive')}>
                {t('detail.archive')}
              </Button>
            )}
            <Button variant="light" color="red" size="xs" onClick={() => setConfirming('delete')}>
              {t('detail.delete')}
            </Button>
          </Group>
        )}
      </Group>
      <Tabs defaultValue="master" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="master">{t('detail.tabs.master')}</Tabs.Tab>
          <Tabs.Tab value="tax">{t('detail.tabs.tax')}</Tabs.Tab>
          <Tabs.Tab value="bank">{t('detail.tabs.bank')}</Tabs.Tab>
          <Tabs.Tab value="contacts">{t('detail.tabs.contacts')}</Tabs.Tab>
          <Tabs.Tab value="orders">{t('detail.tabs.orders')}</Tabs.Tab>
          <Tabs.Tab value="documents">{t('detail.tabs.documents')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('detail.tabs.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="master" pt="sm">
          <ClientMasterTab client={client} />
        </Tabs.Panel>
        <Tabs.Panel value="tax" pt="sm">
          <ClientTaxTab client={client} />
        </Tabs.Panel>
        <Tabs.Panel value="bank" pt="sm">
          <ClientBankTab client={client} />
        </Tabs.Panel>
        <Tabs.Panel value="contacts" pt="sm">
          <ClientContactsTab client={client} />
        </Tabs.Panel>
        <Tabs.Panel value="orders" pt="sm">
          <ClientOrdersTab clientId={client.id} />
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="sm">
          <ClientDocumentsTab clientId={client.id} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="sm">
          <ClientHistory clientId={client.id} version={client.version} />
        </Tabs.Panel>
      </Tabs>
      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={confirming === 'delete' ? t('detail.deleteConfirm.title') : t('detail.archiveConfirm.title')}
        centered
        zIndex={400}
      >
        <Stack gap="md">
          <Text size="sm">
            {confirming === 'delete'
              ? t('detail.deleteConfirm.text', { name: client.displayName })
              : t('detail.archiveConfirm.text', { name: client.displayName })}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(null)} disabled={busy}>
              {t('detail.archiveConfirm.cancel')}
            </Button>
            <Button
              color={confirming === 'delete' ? 'red' : 'orange'}
              onClick={() => void act()}
              loading={busy}
            >
              {confirming === 'delete'
                ? t('detail.deleteConfirm.confirm')
                : t('detail.archiveConfirm.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
