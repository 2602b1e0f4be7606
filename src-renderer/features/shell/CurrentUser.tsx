import { Avatar, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';
import { LockIcon, LogoutIcon, SettingsIcon } from '../../app/icons';
import { useRouter } from '../../app/router-store';
import { useSession } from '../auth/session-store';

const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .map((part) => part.charAt(0))
    .join('')
    .slice(0, 2)
    .toUpperCase();

export function CurrentUser() {
  const { t } = useTranslation('shell');
  const user = useSession((s) => s.session?.user ?? null);
  const apply = useSession((s) => s.apply);
  const refresh = useSession((s) => s.refresh);
  const navigate = useRouter((s) => s.navigate);
  const name = user?.displayName ?? t('common.notAvailable');

  const lock = async () => {
    try {
      const session = await api.auth.lock();
      useSession.setState({ notice: t('user.lockNotice') });
      apply(session);
    } catch (error) {
      notifyError(error);
    }
  };

  const logout = async () => {
    try {
      await api.auth.logout();
    } catch (error) {
      notifyError(error);
    }
    useSession.setState({ notice: null, setupDone: null });
    navigate('overview');
    await refresh();
  };

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('user.menu')} data-testid="current-user">
          <Group gap="xs" wrap="nowrap">
            <Stack gap={0} align="flex-end">
              <Text size="xs" c="dimmed" lh={1.2}>
                {t('user.label')}
              </Text>
              <Text size="sm" fw={500} lh={1.2}>
                {name}
              </Text>
            </Stack>
            <Avatar size={30} radius="xl" color="office" variant="light">
              {user ? initialsOf(user.displayName) : ''}
            </Avatar>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        {user && <Menu.Label>{t('user.role', { role: t(`roles.${user.role}`) })}</Menu.Label>}
        <Menu.Item leftSection={<SettingsIcon size={16} />} onClick={() => navigate('settings')}>
          {t('user.settings')}
        </Menu.Item>
        <Menu.Item leftSection={<LockIcon size={16} />} onClick={() => void lock()}>
          {t('user.lock')}
        </Menu.Item>
        <Menu.Item leftSection={<LogoutIcon size={16} />} onClick={() => void logout()}>
          {t('user.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
