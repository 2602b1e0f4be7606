import '@mantine/dropzone/styles.css';
import { Button, Group, Loader, Modal, Progress, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportField } from '../../../src-shared/clients/import-fields';
import type { ClientImportPreview, ClientImportResult } from '../../../src-shared/clients/import-schemas';
import { CLIENT_IMPORT_MAX_BYTES } from '../../../src-shared/ipc/contracts/clients';
import type { EventPayload } from '../../../src-shared/ipc/events';
import { api } from '../../api/client';
import { asAppError } from '../../api/notify';
import { ImportPreviewView } from './ImportPreviewView';
import { ImportResultView } from './ImportResultView';

interface Props {
  onClose: () => void;
  onImported: () => void;
}

type Mode = 'all-or-nothing' | 'valid-only';
type Progress = EventPayload<'progress'>;

interface LoadedFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

let taskCounter = 0;
const newTaskId = () => `clients-import-${Date.now()}-${++taskCounter}`;

/** Pick or drop a CSV file, check it, adjust the mapping, then import with progress and a report. */
export function ClientImportModal({ onClose, onImported }: Props) {
  const { t } = useTranslation('clients');
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [preview, setPreview] = useState<ClientImportPreview | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>('valid-only');
  const [updateExisting, setUpdateExisting] = useState(false);
  const [taskId, setTaskId] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<ClientImportResult | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    if (!taskId) return;
    return api.on('progress', (payload) => {
      if (payload.taskId === taskId) setProgress(payload);
    });
  }, [taskId]);

  const runPreview = async (loaded: LoadedFile, mapping?: ClientImportPreview['mapping']) => {
    setLoading(true);
    setError(null);
    try {
      const next = await api.clients.importPreview({
        bytes: loaded.bytes,
        fileName: loaded.name,
        ...(mapping ? { mapping } : {}),
      });
      if (mounted.current) setPreview(next);
    } catch (failure) {
      if (mounted.current) {
        setPreview(null);
        setError(asAppError(failure).userMessage);
      }
    } finally {
      if (mounted.current) setLoading(false);
    }
  };

  const pick = async (picked: File | undefined) => {
    if (!picked) return;
    setResult(null);
    setPreview(null);
    const loaded = { name: picked.name, bytes: new Uint8Array(await picked.arrayBuffer()) };
    setFile(loaded);
    await runPreview(loaded);
  };

  const remap = (header: string, field: ImportField | null) => {
    if (!file || !preview) return;
    void runPreview(file, { ...preview.mapping, [header]: field });
  };

  const run = async () => {
    if (!file || !preview) return;
    const id = newTaskId();
    setTaskId(id);
    setProgress(null);
    setError(null);
    try {
      const done = await api.clients.importRun({
        bytes: file.bytes,
        fileName: file.name,
        mapping: preview.mapping,
        delimiter: preview.delimiter,
        encoding: preview.encoding,
        mode,
        updateExisting,
        taskId: id,
      });
      if (!mounted.current) return;
      setResult(done);
      if (done.imported + done.updated > 0) onImported();
    } catch (failure) {
      if (!mounted.current) return;
      const appError = asAppError(failure);
      setError(
        appError.kind === 'cancelled'
          ? appError.userMessage || t('importDialog.cancelled')
          : appError.userMessage,
      );
    } finally {
      if (mounted.current) setTaskId(null);
    }
  };

  const cancelRun = () => {
    if (taskId) void api.clients.importCancel({ taskId }).catch(() => undefined);
  };

  const running = taskId !== null;
  const reset = () => {
    setFile(null);
    setPreview(null);
    setResult(null);
    setError(null);
  };

  return (
    <Modal
      opened
      onClose={running ? cancelRun : onClose}
      closeOnClickOutside={!running}
      title={t('importDialog.title')}
      size="xl"
    >
      <Stack gap="md" data-testid="client-import">
        {!preview && !result && (
          <Dropzone
            onDrop={(files) => void pick(files[0])}
            onReject={() => setError(t('importDialog.reject'))}
            maxSize={CLIENT_IMPORT_MAX_BYTES}
            multiple={false}
            loading={loading}
            data-testid="import-dropzone"
          >
            <Stack align="center" gap={4} py="xl" style={{ pointerEvents: 'none' }}>
              <Text size="md" fw={500}>
                {t('importDialog.drop')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('importDialog.dropHint')}
              </Text>
            </Stack>
          </Dropzone>
        )}
        {loading && preview && (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">{t('importDialog.reading')}</Text>
          </Group>
        )}
        {error && (
          <Text size="sm" c="red" role="alert" data-testid="import-error">
            {error}
          </Text>
        )}
        {preview && !result && (
          <>
            <ImportPreviewView preview={preview} disabled={loading || running} onRemap={remap} />
            <SimpleGrid cols={2} spacing="md">
              <Radio.Group
                label={t('importDialog.mode')}
                value={mode}
                onChange={(value) => setMode(value === 'all-or-nothing' ? 'all-or-nothing' : 'valid-only')}
              >
                <Stack gap={6} mt={6}>
                  <Radio value="all-or-nothing" label={t('importDialog.modeAll')} disabled={running} />
                  <Radio value="valid-only" label={t('importDialog.modeValid')} disabled={running} />
                </Stack>
              </Radio.Group>
              <Radio.Group
                label={t('importDialog.existingNumbers')}
                value={updateExisting ? 'update' : 'skip'}
                onChange={(value) => setUpdateExisting(value === 'update')}
              >
                <Stack gap={6} mt={6}>
                  <Radio value="update" label={t('importDialog.update')} disabled={running} />
                  <Radio value="skip" label={t('importDialog.skip')} disabled={running} />
                </Stack>
              </Radio.Group>
            </SimpleGrid>
            {running && (
              <Stack gap={4} data-testid="import-progress">
                <Progress
                  value={progress && progress.total > 0 ? (progress.done / progress.total) * 100 : 0}
                  animated
                  aria-label={t('importDialog.run')}
                />
                {progress && (
                  <Text size="xs" c="dimmed">
                    {t('importDialog.progress', {
                      label: progress.label,
                      done: progress.done,
                      total: progress.total,
                    })}
                  </Text>
                )}
              </Stack>
            )}
          </>
        )}
        {result && <ImportResultView result={result} />}
        <Group justify="flex-end" gap="sm">
          {result || (error && !preview) ? (
            <>
              <Button variant="default" onClick={reset}>
                {t('importDialog.another')}
              </Button>
              <Button onClick={onClose}>{t('importDialog.close')}</Button>
            </>
          ) : running ? (
            <Button color="red" variant="light" onClick={cancelRun}>
              {t('importDialog.cancelRun')}
            </Button>
          ) : (
            <>
              <Button variant="default" onClick={onClose}>
                {t('importDialog.cancel')}
              </Button>
              {preview && (
                <Button variant="default" onClick={reset}>
                  {t('importDialog.another')}
                </Button>
              )}
              <Button onClick={() => void run()} disabled={!preview || loading} data-testid="import-run">
                {t('importDialog.run')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
