import { Avatar, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSystemInfo } from '../../app/use-system-info';

export function CurrentUser() {
  const { t } = useTranslation('shell');
  const { data } = useSystemInfo();
  const name = data?.actor.displayName;
  const initials = (name ?? '')
    .split(/\s+/)
    .map((part) => part.charAt(0))
    .join('')
    .slice(0, 2)
    .toUpperCase();
  return (
    <Group gap="xs" wrap="nowrap" data-testid="current-user">
      <Stack gap={0} align="flex-end">
        <Text size="xs" c="dimmed" lh={1.2}>
          {t('user.label')}
        </Text>
        <Text size="sm" fw={500} lh={1.2}>
          {name ?? t('common.notAvailable')}
        </Text>
      </Stack>
      <Avatar size={30} radius="xl" color="office" variant="light">
        {initials}
      </Avatar>
    </Group>
  );
}
