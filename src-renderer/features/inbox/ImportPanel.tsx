import { Badge, Button, CloseButton, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportItemResult } from '../../../src-shared/documents/document-schemas';
import { openDocument } from './inbox-store';
import { useImport } from './import-store';
import classes from './inbox.module.css';

function ItemLine({ item }: { item: ImportItemResult }) {
  const { t } = useTranslation('inbox');
  const [color, label] = !item.ok
    ? ['red', t('import.refused')]
    : item.duplicate
      ? ['gray', t('import.duplicate')]
      : ['teal', t('import.imported')];
  return (
    <Group
      gap="xs"
      wrap="nowrap"
      align="flex-start"
      data-testid="import-item"
      data-outcome={!item.ok ? 'refused' : item.duplicate ? 'duplicate' : 'imported'}
    >
      <Badge color={color} variant="light" style={{ flexShrink: 0 }}>
        {label}
      </Badge>
      <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
        <Text size="sm" truncate title={item.name}>
          {item.name}
        </Text>
        {item.error && (
          <Text size="xs" c="red" data-testid="import-item-error">
            {item.error}
          </Text>
        )}
      </Stack>
      {item.ok && item.documentId !== null && (
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => openDocument(item.documentId as number, item.status === 'abgelegt')}
        >
          {t('import.show')}
        </Button>
      )}
    </Group>
  );
}

/** Progress of the running import with a cancel button, then what became of each file. */
export function ImportPanel() {
  const { t } = useTranslation('inbox');
  const task = useImport((s) => s.task);
  const cancel = useImport((s) => s.cancel);
  const dismiss = useImport((s) => s.dismiss);
  if (!task) return null;

  const imported = task.items.filter((i) => i.ok && !i.duplicate).length;
  const duplicates = task.items.filter((i) => i.ok && i.duplicate).length;
  const refusedCount = task.items.filter((i) => !i.ok).length;

  return (
    <Paper
      withBorder
      shadow="md"
      p="sm"
      radius="md"
      className={classes.importPanel}
      role="region"
      aria-label={t('import.resultLabel')}
      data-testid="import-panel"
      data-running={task.running}
    >
      <Group justify="space-between" wrap="nowrap" mb="xs">
        <Text fw={600}>{t('import.title')}</Text>
        {!task.running && <CloseButton aria-label={t('import.close')} onClick={dismiss} />}
      </Group>
      {task.running && (
        <Stack gap={6} mb="xs" data-testid="import-progress">
          <Text size="sm">{t('import.running', { count: task.fileCount })}</Text>
          {task.progress.length === 0 && <Progress value={100} animated striped size="sm" />}
          {task.progress.map((line) => (
            <Stack key={line.label} gap={2}>
              <Text size="xs" c="dimmed" truncate>
                {t('import.progress', { label: line.label, done: line.done, total: line.total })}
              </Text>
              <Progress value={line.total > 0 ? (100 * line.done) / line.total : 0} size="sm" />
            </Stack>
          ))}
          <Group justify="flex-end">
            <Button
              size="xs"
              variant="default"
              color="red"
              onClick={cancel}
              loading={task.cancelling}
              data-testid="import-cancel"
            >
              {t('import.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
      {!task.running && (
        <Text size="sm" mb="xs" data-testid="import-summary">
          {task.cancelled && `${t('import.cancelled')} `}
          {t('import.summary', { imported, duplicates, refused: refusedCount })}
        </Text>
      )}
      {task.items.length > 0 && (
        <Stack gap={6} className={classes.importItems}>
          {task.items.map((item, index) => (
            <ItemLine key={`${index}-${item.name}`} item={item} />
          ))}
        </Stack>
      )}
    </Paper>
  );
}
