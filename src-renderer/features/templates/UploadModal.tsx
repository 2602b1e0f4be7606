import '@mantine/dropzone/styles.css';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { Dropzone, type FileRejection, type FileWithPath } from '@mantine/dropzone';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  TEMPLATE_UPLOAD_MAX_BYTES,
  type TemplateDetail,
  type TemplateInspectionDto,
} from '../../../src-shared/templates/template-schemas';
import { api } from '../../api/client';
import { asAppError, fieldErrorsOf, notifySuccess } from '../../api/notify';
import { TemplatesIcon } from '../../app/icons';
import { readFileBytes } from '../../app/files';
import { InspectionReport } from './InspectionReport';
import { metaPayload, TemplateMetaFields, type TemplateMeta } from './TemplateMetaFields';

interface Props {
  /** Set: the upload becomes a new version of this template. */
  template?: Pick<TemplateDetail, 'id' | 'name' | 'category' | 'description'> | null;
  categories: readonly string[];
  onClose: () => void;
  onUploaded: (detail: TemplateDetail) => void;
}

interface Checked {
  fileName: string;
  bytes: Uint8Array<ArrayBuffer>;
  inspection: TemplateInspectionDto;
}

const baseName = (fileName: string) =>
  fileName
    .replace(/\.[^.]+$/, '')
    .replace(/[_-]+/g, ' ')
    .trim();

/** Drop or pick a DOCX, see what the inspection found, then store it (new template or new version). */
export function UploadModal({ template = null, categories, onClose, onUploaded }: Props) {
  const { t } = useTranslation('templates');
  const [checking, setChecking] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [meta, setMeta] = useState<TemplateMeta>({
    name: template?.name ?? '',
    category: template?.category ?? '',
    description: template?.description ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const check = async (file: File) => {
    setChecking(true);
    setRefusal(null);
    setChecked(null);
    setErrors({});
    try {
      const bytes = await readFileBytes(file);
      const inspection = await api.templates.inspect({ bytes, fileName: file.name });
      setChecked({ fileName: file.name, bytes, inspection });
      if (!template) {
        setMeta((current) =>
          current.name.trim() === '' ? { ...current, name: baseName(file.name) } : current,
        );
      }
    } catch (failure) {
      setRefusal(asAppError(failure).userMessage);
    } finally {
      setChecking(false);
    }
  };

  const onDrop = (files: FileWithPath[]) => {
    const file = files[0];
    if (file) void check(file);
  };

  const onReject = (rejections: FileRejection[]) => {
    const tooLarge = rejections.some((r) => r.errors.some((e) => e.code === 'file-too-large'));
    setChecked(null);
    setRefusal(tooLarge ? t('upload.tooLarge') : t('upload.dropReject'));
  };

  const refused = checked !== null && checked.inspection.syntaxErrors.length > 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!checked || refused) return;
    setSaving(true);
    setErrors({});
    try {
      const detail = await api.templates.upload({
        bytes: checked.bytes,
        fileName: checked.fileName,
        ...(template ? { templateId: template.id } : {}),
        ...metaPayload(meta),
      });
      notifySuccess(
        template
          ? t('upload.uploadedVersion', { no: detail.current.versionNo, name: detail.name })
          : t('upload.uploaded', { name: detail.name }),
      );
      onUploaded(detail);
    } catch (failure) {
      const fields = fieldErrorsOf(failure);
      if (fields && (fields['name'] || fields['category'] || fields['description'])) setErrors(fields);
      else setRefusal(asAppError(failure).userMessage);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={template ? t('upload.titleVersion', { name: template.name }) : t('upload.title')}
      size="xl"
      centered
    >
      <Stack gap="md">
        <Dropzone
          onDrop={onDrop}
          onReject={onReject}
          multiple={false}
          maxSize={TEMPLATE_UPLOAD_MAX_BYTES}
          loading={checking}
          // No accept filter: the core decides by content, and says in German why a file is refused.
          data-testid="template-dropzone"
          inputProps={{ 'aria-label': t('upload.drop') }}
        >
          <Group justify="center" gap="lg" mih={110} style={{ pointerEvents: 'none' }}>
            <TemplatesIcon size={40} />
            <Stack gap={4}>
              <Text size="md">{t('upload.drop')}</Text>
              <Text size="sm" c="dimmed">
                {t('upload.dropHint')}
              </Text>
            </Stack>
          </Group>
        </Dropzone>
        {checking && (
          <Text size="sm" c="dimmed">
            {t('upload.checking')}
          </Text>
        )}
        {refusal && (
          <Alert color="red" variant="light" title={t('upload.refused')} data-testid="upload-refusal">
            {refusal}
          </Alert>
        )}
        {checked && (
          <>
            <Text size="sm" fw={500}>
              {t('upload.file', { name: checked.fileName })}
            </Text>
            <InspectionReport inspection={checked.inspection} />
          </>
        )}
        {checked && !refused && (
          <form onSubmit={submit} noValidate data-testid="template-upload-form">
            <Stack gap="sm">
              <TemplateMetaFields
                value={meta}
                onChange={setMeta}
                errors={errors}
                categories={categories}
                categoryPlaceholder={t('upload.categoryPlaceholder')}
              />
              <Group justify="flex-end">
                <Button variant="default" onClick={onClose}>
                  {t('common.cancel')}
                </Button>
                <Button type="submit" loading={saving}>
                  {template ? t('upload.submitVersion') : t('upload.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Modal>
  );
}
