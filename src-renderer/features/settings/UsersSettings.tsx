import { ActionIcon, Badge, Button, Group, Menu, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../src-shared/ipc/contracts/users';
import { api } from '../../api/client';
import { isConflict, notifyError, notifySuccess } from '../../api/notify';
import { useApiQuery } from '../../api/use-api-query';
import { DotsIcon, PlusIcon } from '../../app/icons';
import { notifyConflict } from '../../app/notify-conflict';
import { formatDateTime } from '../../i18n/dates';
import { useSession } from '../auth/session-store';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserFormModal } from './UserFormModal';

const loadUsers = () => api.users.list({ includeInactive: true });

function UserStatus({ user }: { user: UserSummary }) {
  const { t } = useTranslation('settings');
  if (!user.active)
    return (
      <Badge color="gray" variant="light">
        {t('users.status.inactive')}
      </Badge>
    );
  if (user.locked) {
    return (
      <Badge color="red" variant="light">
        {t('users.status.locked', { until: formatDateTime(user.lockedUntil) })}
      </Badge>
    );
  }
  if (!user.hasPassword)
    return (
      <Badge color="yellow" variant="light">
        {t('users.status.noPassword')}
      </Badge>
    );
  return (
    <Badge color="teal" variant="light">
      {t('users.status.active')}
    </Badge>
  );
}

export function UsersSettings() {
  const { t } = useTranslation('settings');
  const { t: tShell } = useTranslation('shell');
  const me = useSession((s) => s.session?.user?.id ?? null);
  const query = useApiQuery(loadUsers);
  const [editing, setEditing] = useState<UserSummary | 'new' | null>(null);
  const [resetting, setResetting] = useState<UserSummary | null>(null);
  const users = query.data?.items ?? [];

  const setActive = async (user: UserSummary, active: boolean) => {
    try {
      await api.users.update({ id: user.id, version: user.version, active });
      notifySuccess(t(active ? 'users.activated' : 'users.deactivated', { name: user.displayName }));
      query.reload();
    } catch (error) {
      // "Sie können Ihr eigenes Konto nicht deaktivieren" and friends are conflicts without a version clash.
      if (
        isConflict(error) &&
        (error as { details?: { code?: string } }).details?.code === 'version_conflict'
      ) {
        notifyConflict(error, query.reload);
      } else {
        notifyError(error);
      }
    }
  };

  return (
    <Paper withBorder p="lg" radius="md" maw={1100}>
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {t('users.title')}
          </Title>
          <Button leftSection={<PlusIcon size={16} />} onClick={() => setEditing('new')}>
            {t('users.newUser')}
          </Button>
        </Group>
        <Table verticalSpacing={8} highlightOnHover aria-label={t('users.table.label')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('users.table.name')}</Table.Th>
              <Table.Th>{t('users.table.username')}</Table.Th>
              <Table.Th>{t('users.table.role')}</Table.Th>
              <Table.Th>{t('users.table.email')}</Table.Th>
              <Table.Th>{t('users.table.lastLogin')}</Table.Th>
              <Table.Th w={230}>{t('users.table.status')}</Table.Th>
              <Table.Th w={60} aria-label={t('users.table.actions')} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.map((user) => (
              <Table.Tr key={user.id} data-testid="user-row">
                <Table.Td fw={500}>
                  {user.displayName}{' '}
                  {user.id === me && (
                    <Text span size="xs" c="dimmed">
                      {t('users.you')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{user.username}</Table.Td>
                <Table.Td>{tShell(`roles.${user.role}`)}</Table.Td>
                <Table.Td>{user.email ?? ''}</Table.Td>
                <Table.Td>{formatDateTime(user.lastLoginAt)}</Table.Td>
                <Table.Td>
                  <UserStatus user={user} />
                </Table.Td>
                <Table.Td>
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('users.actions.menu', { name: user.displayName })}
                      >
                        <DotsIcon size={16} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item onClick={() => setEditing(user)}>{t('users.actions.edit')}</Menu.Item>
                      <Menu.Item onClick={() => setResetting(user)}>
                        {t('users.actions.resetPassword')}
                      </Menu.Item>
                      {user.active ? (
                        <Menu.Item
                          color="red"
                          onClick={() => void setActive(user, false)}
                          disabled={user.id === me}
                        >
                          {t('users.actions.deactivate')}
                        </Menu.Item>
                      ) : (
                        <Menu.Item onClick={() => void setActive(user, true)}>
                          {t('users.actions.activate')}
                        </Menu.Item>
                      )}
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
      {editing && (
        <UserFormModal
          user={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            query.reload();
          }}
        />
      )}
      {resetting && (
        <ResetPasswordModal
          user={resetting}
          onClose={(changed) => {
            setResetting(null);
            if (changed) query.reload();
          }}
        />
      )}
    </Paper>
  );
}
