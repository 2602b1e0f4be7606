import { Button, Group, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { PlusIcon } from '../../app/icons';
import { Screen } from '../../app/Screen';
import { useCan } from '../auth/use-access';
import { LetterModal } from './LetterModal';
import { PlaceholderList } from './PlaceholderList';
import { SerialLetterModal } from './SerialLetterModal';
import { TemplateDetailDrawer } from './TemplateDetailDrawer';
import { TemplatesTable } from './TemplatesTable';
import { useTemplatesView } from './templates-store';
import { UploadModal } from './UploadModal';

type Dialog = 'letter' | 'serial' | 'upload' | null;

export function TemplatesScreen() {
  const { t } = useTranslation('templates');
  const canWrite = useCan('write');
  const reloadToken = useTemplatesView((s) => s.reloadToken);
  const reload = useTemplatesView((s) => s.reload);
  const openTemplate = useTemplatesView((s) => s.openTemplate);
  const [includeArchived, setIncludeArchived] = useState(false);
  const [tab, setTab] = useState<string>('library');
  const [dialog, setDialog] = useState<Dialog>(null);
  const query = useApiQuery(() => api.templates.list({ includeArchived }), [includeArchived, reloadToken]);
  const categories = [...new Set((query.data?.items ?? []).map((template) => template.category))].sort(
    (a, b) => a.localeCompare(b, 'de'),
  );

  return (
    <Screen
      title={t('title')}
      testId="screen-templates"
      actions={
        <Group gap="sm">
          {canWrite && (
            <>
              <Button variant="default" onClick={() => setDialog('serial')}>
                {t('actions.serialLetter')}
              </Button>
              <Button variant="default" onClick={() => setDialog('upload')}>
                {t('actions.upload')}
              </Button>
              <Button leftSection={<PlusIcon size={16} />} onClick={() => setDialog('letter')}>
                {t('actions.createLetter')}
              </Button>
            </>
          )}
        </Group>
      }
    >
      <Tabs value={tab} onChange={(value) => setTab(value ?? 'library')} keepMounted={false}>
        <Tabs.List aria-label={t('tabs.label')} mb="md">
          <Tabs.Tab value="library">{t('tabs.library')}</Tabs.Tab>
          <Tabs.Tab value="placeholders">{t('tabs.placeholders')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="library">
          <TemplatesTable
            query={query}
            includeArchived={includeArchived}
            onIncludeArchived={setIncludeArchived}
          />
        </Tabs.Panel>
        <Tabs.Panel value="placeholders">
          <PlaceholderList />
        </Tabs.Panel>
      </Tabs>
      <TemplateDetailDrawer categories={categories} />
      {dialog === 'letter' && <LetterModal onClose={() => setDialog(null)} />}
      {dialog === 'serial' && <SerialLetterModal onClose={() => setDialog(null)} />}
      {dialog === 'upload' && (
        <UploadModal
          categories={categories}
          onClose={() => setDialog(null)}
          onUploaded={(detail) => {
            setDialog(null);
            reload();
            openTemplate(detail.id);
          }}
        />
      )}
    </Screen>
  );
}
