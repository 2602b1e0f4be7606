import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { asAppError } from '../api/notify';
import { i18n } from '../i18n/instance';

let counter = 0;

/**
 * Someone saved the same record in between (optimistic locking): the core's German message names
 * who, and "Neu laden" fetches the current state. Stays open until the user acts on it.
 */
export function notifyConflict(error: unknown, reload: () => void): void {
  const id = `conflict-${++counter}`;
  const t = i18n.getFixedT('de', 'shell');
  notifications.show({
    id,
    color: 'orange',
    title: t('common.conflictTitle'),
    autoClose: false,
    withBorder: true,
    message: (
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{asAppError(error).userMessage}</Text>
        <Button
          size="xs"
          variant="light"
          color="orange"
          onClick={() => {
            notifications.hide(id);
            reload();
          }}
        >
          {t('common.reload')}
        </Button>
      </Stack>
    ),
  });
}
