import { Button, FileButton, Group, Popover, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RefreshIcon } from '../../app/icons';
import { Screen } from '../../app/Screen';
import { useCan } from '../auth/use-access';
import { AccuracyPanel } from './AccuracyPanel';
import { DocumentList } from './DocumentList';
import { DocumentReview } from './DocumentReview';
import { useInbox, type InboxTab } from './inbox-store';
import classes from './inbox.module.css';
import { useImport } from './import-store';

/** Accepted by the picker; the core decides by content, this only narrows the dialog. */
const ACCEPT = '.pdf,.png,.jpg,.jpeg,.tif,.tiff,.docx,.txt,application/pdf,image/*,text/plain';

export function InboxScreen() {
  const { t } = useTranslation('inbox');
  const canWrite = useCan('write');
  const tab = useInbox((s) => s.tab);
  const setTab = useInbox((s) => s.setTab);
  const selectedId = useInbox((s) => s.selectedId);
  const refresh = useInbox((s) => s.refresh);
  const running = useImport((s) => s.task?.running ?? false);
  const start = useImport((s) => s.start);

  return (
    <Screen
      title={t('title')}
      fill
      testId="screen-inbox"
      actions={
        <Group gap="sm">
          <Popover width={460} position="bottom-end" shadow="md" withArrow>
            <Popover.Target>
              <Button variant="default">{t('accuracy.show')}</Button>
            </Popover.Target>
            <Popover.Dropdown>
              <Text fw={600} mb="xs">
                {t('accuracy.title')}
              </Text>
              <AccuracyPanel />
            </Popover.Dropdown>
          </Popover>
          <Button variant="default" leftSection={<RefreshIcon size={16} />} onClick={refresh}>
            {t('refresh')}
          </Button>
          {canWrite && (
            <FileButton
              multiple
              accept={ACCEPT}
              onChange={(files) => files.length > 0 && void start(files, null)}
            >
              {(props) => (
                <Button
                  {...props}
                  disabled={running}
                  aria-label={t('pickFilesLabel')}
                  data-testid="pick-files"
                >
                  {t('pickFiles')}
                </Button>
              )}
            </FileButton>
          )}
        </Group>
      }
    >
      <div className={classes.layout}>
        <Tabs value={tab} onChange={(value) => setTab((value ?? 'open') as InboxTab)}>
          <Tabs.List aria-label={t('tabs.label')}>
            <Tabs.Tab value="open">{t('tabs.open')}</Tabs.Tab>
            <Tabs.Tab value="filed">{t('tabs.filed')}</Tabs.Tab>
          </Tabs.List>
        </Tabs>
        <div className={classes.listScroll} data-testid="inbox-list">
          <DocumentList tab={tab} />
        </div>
        {selectedId !== null ? (
          <DocumentReview key={selectedId} id={selectedId} />
        ) : (
          <Text c="dimmed" size="sm" p="md">
            {t('review.empty')}
          </Text>
        )}
      </div>
    </Screen>
  );
}
