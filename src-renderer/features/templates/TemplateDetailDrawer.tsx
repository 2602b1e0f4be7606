import { Badge, Button, Drawer, Group, Loader, Modal, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateDetail } from '../../../src-shared/templates/template-schemas';
import { api } from '../../api/client';
import { asAppError, fieldErrorsOf, isConflict, notifyError, notifySuccess } from '../../api/notify';
import { useApiQuery } from '../../api/use-api-query';
import { notifyConflict } from '../../app/notify-conflict';
import { formatDateTime } from '../../i18n/dates';
import { formatBytes, formatNumber } from '../../i18n/format';
import { useCan } from '../auth/use-access';
import { saveBytes } from '../../app/files';
import { InspectionReport } from './InspectionReport';
import { useTemplatesView } from './templates-store';
import { UploadModal } from './UploadModal';
import { metaPayload, TemplateMetaFields, type TemplateMeta } from './TemplateMetaFields';

export function TemplateDetailDrawer({ categories }: { categories: readonly string[] }) {
  const { t } = useTranslation('templates');
  const openTemplateId = useTemplatesView((s) => s.openTemplateId);
  const openTemplate = useTemplatesView((s) => s.openTemplate);
  const [overlay, setOverlay] = useState(false);
  return (
    <Drawer
      opened={openTemplateId !== null}
      onClose={() => openTemplate(null)}
      closeOnEscape={!overlay}
      position="right"
      size={720}
      title={t('detail.label')}
      closeButtonProps={{ 'aria-label': t('detail.close') }}
    >
      {openTemplateId !== null && (
        <TemplateDetailView
          key={openTemplateId}
          id={openTemplateId}
          categories={categories}
          onOverlay={setOverlay}
        />
      )}
    </Drawer>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={170} fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

interface ViewProps {
  id: number;
  categories: readonly string[];
  onOverlay: (open: boolean) => void;
}

function TemplateDetailView({ id, categories, onOverlay }: ViewProps) {
  const { t } = useTranslation('templates');
  const reloadToken = useTemplatesView((s) => s.reloadToken);
  const reloadAll = useTemplatesView((s) => s.reload);
  const canWrite = useCan('write');
  const detail = useApiQuery(() => api.templates.get({ id }), [id, reloadToken]);
  const [editing, setEditing] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [archiving, setArchiving] = useState(false);
  const template = detail.data;

  if (!template) {
    return detail.error ? (
      <Text c="red">{detail.error.userMessage}</Text>
    ) : (
      <Loader size="sm" aria-label={t('common.loading')} />
    );
  }

  const setOverlay = (open: boolean, set: (v: boolean) => void) => {
    set(open);
    onOverlay(open);
  };

  const toggleArchive = async () => {
    setArchiving(true);
    try {
      const updated = await api.templates.archive({
        id: template.id,
        version: template.version,
        archived: !template.archived,
      });
      notifySuccess(
        t(updated.archived ? 'detail.archivedNotice' : 'detail.restoredNotice', { name: updated.name }),
      );
      reloadAll();
    } catch (failure) {
      if (isConflict(failure)) notifyConflict(failure, detail.reload);
      else notifyError(failure);
    } finally {
      setArchiving(false);
    }
  };

  return (
    <Stack gap="md" data-testid="template-detail">
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="xs">
            <Title order={3} size="h4">
              {template.name}
            </Title>
            {template.builtin && <Badge variant="light">{t('list.builtin')}</Badge>}
            {template.archived && (
              <Badge variant="light" color="gray">
                {t('list.archived')}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {template.category}
          </Text>
        </div>
        {canWrite && (
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => setOverlay(true, setEditing)}>
              {t('detail.edit')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setOverlay(true, setUploading)}>
              {t('detail.newVersion')}
            </Button>
            <Button size="xs" variant="subtle" loading={archiving} onClick={() => void toggleArchive()}>
              {template.archived ? t('detail.unarchive') : t('detail.archive')}
            </Button>
          </Group>
        )}
      </Group>
      <Tabs defaultValue="overview" keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="overview">{t('detail.tabs.overview')}</Tabs.Tab>
          <Tabs.Tab value="versions">{t('detail.tabs.versions')}</Tabs.Tab>
          <Tabs.Tab value="inspection">
            {t('detail.tabs.inspection')}
            {template.inspection.unknown.length > 0 && (
              <Badge size="xs" color="yellow" variant="light" ml={6}>
                {template.inspection.unknown.length}
              </Badge>
            )}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview">
          <Table>
            <Table.Tbody>
              <Row label={t('detail.name')}>{template.name}</Row>
              <Row label={t('detail.category')}>{template.category}</Row>
              <Row label={t('detail.description')}>
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {template.description ?? t('detail.noDescription')}
                </Text>
              </Row>
              <Row label={t('detail.current')}>
                {t('detail.versionNo', { no: template.current.versionNo })} –{' '}
                {formatDateTime(template.current.uploadedAt)}
                {template.current.uploadedByName ? `, ${template.current.uploadedByName}` : ''}
              </Row>
              <Row label={t('detail.needs')}>
                <Group gap={6}>
                  {template.inspection.groups.map((group) => (
                    <Badge key={group} variant="light" color="gray">
                      {group}
                    </Badge>
                  ))}
                </Group>
              </Row>
            </Table.Tbody>
          </Table>
          {template.builtin && (
            <Text size="xs" c="dimmed" mt="sm">
              {t('detail.builtinHint')}
            </Text>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="versions">
          <VersionsTable template={template} />
        </Tabs.Panel>
        <Tabs.Panel value="inspection">
          <InspectionReport inspection={template.inspection} withTags />
        </Tabs.Panel>
      </Tabs>
      {editing && (
        <MetaModal
          template={template}
          categories={categories}
          onClose={() => setOverlay(false, setEditing)}
          onSaved={() => {
            setOverlay(false, setEditing);
            reloadAll();
          }}
        />
      )}
      {uploading && (
        <UploadModal
          template={template}
          categories={categories}
          onClose={() => setOverlay(false, setUploading)}
          onUploaded={() => {
            setOverlay(false, setUploading);
            reloadAll();
          }}
        />
      )}
    </Stack>
  );
}

function VersionsTable({ template }: { template: TemplateDetail }) {
  const { t } = useTranslation('templates');
  const [busy, setBusy] = useState<number | null>(null);
  const download = async (versionId: number) => {
    setBusy(versionId);
    try {
      const file = await api.templates.download({ versionId });
      saveBytes(file.fileName, file.bytes);
    } catch (failure) {
      notifyError(failure);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Table striped withTableBorder fz="sm" data-testid="template-versions">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('list.version')}</Table.Th>
          <Table.Th>{t('detail.uploaded')}</Table.Th>
          <Table.Th>{t('detail.file')}</Table.Th>
          <Table.Th>{t('detail.documents')}</Table.Th>
          <Table.Th>{t('detail.warnings')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {template.versions.map((version) => (
          <Table.Tr key={version.id}>
            <Table.Td>{t('list.versionNo', { no: version.versionNo })}</Table.Td>
            <Table.Td>
              {formatDateTime(version.uploadedAt)}
              <Text size="xs" c="dimmed">
                {version.uploadedByName ?? t('detail.unknownUser')}
              </Text>
            </Table.Td>
            <Table.Td>
              {version.originalName}
              <Text size="xs" c="dimmed">
                {formatBytes(version.size)}
              </Text>
            </Table.Td>
            <Table.Td>{formatNumber(version.documents)}</Table.Td>
            <Table.Td>
              {version.warnings > 0 ? (
                <Badge size="xs" variant="light" color="yellow">
                  {t('list.warnings', { count: version.warnings })}
                </Badge>
              ) : (
                '–'
              )}
            </Table.Td>
            <Table.Td>
              <Button
                size="compact-xs"
                variant="subtle"
                loading={busy === version.id}
                onClick={() => void download(version.id)}
                aria-label={t('detail.downloadVersion', { no: version.versionNo })}
              >
                {t('detail.download')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

interface MetaProps {
  template: TemplateDetail;
  categories: readonly string[];
  onClose: () => void;
  onSaved: () => void;
}

function MetaModal({ template, categories, onClose, onSaved }: MetaProps) {
  const { t } = useTranslation('templates');
  const [meta, setMeta] = useState<TemplateMeta>({
    name: template.name,
    category: template.category,
    description: template.description ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setErrors({});
    setGeneral(null);
    try {
      await api.templates.updateMeta({
        id: template.id,
        version: template.version,
        ...metaPayload(meta),
      });
      notifySuccess(t('meta.saved'));
      onSaved();
    } catch (failure) {
      if (isConflict(failure)) {
        notifyConflict(failure, onSaved);
        return;
      }
      const fields = fieldErrorsOf(failure);
      if (fields) setErrors(fields);
      else setGeneral(asAppError(failure).userMessage);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('meta.title')} size="lg" centered>
      <form onSubmit={submit} noValidate data-testid="template-meta-form">
        <Stack gap="sm">
          <TemplateMetaFields
            value={meta}
            onChange={setMeta}
            errors={errors}
            categories={categories}
            autoFocus
          />
          {general && (
            <Text c="red" size="sm">
              {general}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('meta.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
