import { ActionIcon, Badge, Button, Checkbox, Group, Menu, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Berater } from '../../../src-shared/ipc/contracts/berater';
import { api } from '../../api/client';
import { isConflict, notifyError, notifySuccess } from '../../api/notify';
import { useApiQuery } from '../../api/use-api-query';
import { DotsIcon, PlusIcon } from '../../app/icons';
import { notifyConflict } from '../../app/notify-conflict';
import { Screen } from '../../app/Screen';
import { useCan } from '../auth/use-access';
import { BeraterFormModal } from './BeraterFormModal';

const loadAll = () => Promise.all([api.berater.list({ includeInactive: true }), api.users.directory()]);

export function BeraterScreen() {
  const { t } = useTranslation('berater');
  const { t: tShell } = useTranslation('shell');
  const canManage = useCan('manage');
  const query = useApiQuery(loadAll);
  const [showInactive, setShowInactive] = useState(true);
  const [editing, setEditing] = useState<Berater | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Berater | null>(null);
  const all = query.data?.[0].items ?? [];
  const users = query.data?.[1].items ?? [];
  const shown = showInactive ? all : all.filter((b) => b.active);

  const setActive = async (b: Berater, active: boolean) => {
    try {
      if (active) await api.berater.update({ id: b.id, version: b.version, active: true });
      else await api.berater.deactivate({ id: b.id, version: b.version });
      notifySuccess(active ? t('activated', { name: b.name }) : t('deactivated', { name: b.name }));
      query.reload();
    } catch (error) {
      if (isConflict(error)) notifyConflict(error, query.reload);
      else notifyError(error);
    }
  };

  const remove = async (b: Berater) => {
    setDeleting(null);
    try {
      await api.berater.delete({ id: b.id });
      notifySuccess(t('confirmDelete.deleted', { name: b.name }));
      query.reload();
    } catch (error) {
      // Refused while open orders exist: the core's German message says what to do instead.
      notifyError(error);
    }
  };

  return (
    <Screen
      title={t('title')}
      testId="screen-berater"
      actions={
        canManage && (
          <Button leftSection={<PlusIcon size={16} />} onClick={() => setEditing('new')}>
            {t('newBerater')}
          </Button>
        )
      }
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Text size="sm" c="dimmed" maw={760}>
            {t('intro')}
          </Text>
          <Checkbox
            label={t('showInactive')}
            checked={showInactive}
            onChange={(e) => setShowInactive(e.currentTarget.checked)}
            size="xs"
          />
        </Group>
        {!canManage && (
          <Text size="xs" c="dimmed">
            {tShell('common.readOnlyHint')}
          </Text>
        )}
        <Table
          withTableBorder
          highlightOnHover
          verticalSpacing={8}
          aria-label={t('table.label')}
          bg="var(--mantine-color-body)"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('table.name')}</Table.Th>
              <Table.Th>{t('table.profession')}</Table.Th>
              <Table.Th>{t('table.number')}</Table.Th>
              <Table.Th>{t('table.contact')}</Table.Th>
              <Table.Th>{t('table.user')}</Table.Th>
              <Table.Th ta="right">{t('table.openOrders')}</Table.Th>
              <Table.Th w={120}>{t('table.status')}</Table.Th>
              {canManage && <Table.Th w={60} aria-label={t('table.actions')} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((b) => (
              <Table.Tr key={b.id} data-testid="berater-row" data-berater-id={b.id}>
                <Table.Td fw={500}>{b.name}</Table.Td>
                <Table.Td>{b.profession}</Table.Td>
                <Table.Td>{b.beraterNumber ?? ''}</Table.Td>
                <Table.Td>
                  <Text size="sm">{b.email ?? ''}</Text>
                  <Text size="xs" c="dimmed">
                    {b.phone ?? ''}
                  </Text>
                </Table.Td>
                <Table.Td>{b.userName ?? ''}</Table.Td>
                <Table.Td ta="right">{b.openOrders}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={b.active ? 'teal' : 'gray'}>
                    {b.active ? t('status.active') : t('status.inactive')}
                  </Badge>
                </Table.Td>
                {canManage && (
                  <Table.Td>
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={t('actions.menu', { name: b.name })}
                        >
                          <DotsIcon size={16} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item onClick={() => setEditing(b)}>{t('actions.edit')}</Menu.Item>
                        {b.active ? (
                          <Menu.Item onClick={() => void setActive(b, false)}>
                            {t('actions.deactivate')}
                          </Menu.Item>
                        ) : (
                          <Menu.Item onClick={() => void setActive(b, true)}>
                            {t('actions.activate')}
                          </Menu.Item>
                        )}
                        <Menu.Divider />
                        <Menu.Item color="red" onClick={() => setDeleting(b)}>
                          {t('actions.delete')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
            {query.data && shown.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={canManage ? 8 : 7}>
                  <Text c="dimmed" ta="center" py="md">
                    {t('table.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Stack>
      {editing && (
        <BeraterFormModal
          berater={editing === 'new' ? null : editing}
          users={users}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            query.reload();
          }}
        />
      )}
      <Modal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('confirmDelete.title')}
        centered
      >
        <Stack>
          <Text size="sm">{t('confirmDelete.text', { name: deleting?.name ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)}>
              {t('confirmDelete.cancel')}
            </Button>
            <Button color="red" onClick={() => deleting && void remove(deleting)}>
              {t('confirmDelete.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Screen>
  );
}
