import {
  Alert,
  Badge,
  Button,
  CloseButton,
  Group,
  Modal,
  Progress,
  Radio,
  ScrollArea,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  clientKindLabels,
  clientKinds,
  clientStatusLabels,
  clientStatuses,
  type ClientKind,
  type ClientStatus,
} from '../../../src-shared/clients/client-enums';
import type { templatesContracts } from '../../../src-shared/ipc/contracts/templates';
import type { ContractOutput } from '../../../src-shared/ipc/define';
import { api } from '../../api/client';
import { asAppError, notifyError } from '../../api/notify';
import { useApiQuery } from '../../api/use-api-query';
import { formatNumber } from '../../i18n/format';
import { ClientPicker, type PickedClient } from '../orders/ClientPicker';
import { beraterOptions, useLookups } from '../orders/lookups-store';
import { saveBytes } from '../../app/files';
import { emptySerialFilter, newTaskId, toSelection, type SerialFilter } from './serial-selection';
import { useTemplateOptions } from './use-template-options';

type CheckResult = ContractOutput<typeof templatesContracts.serialCheck>;
type SerialResult = ContractOutput<typeof templatesContracts.serial>;
type Output = 'zip' | 'combined';

/** Rows shown of the check; the counts above it cover everyone. */
const CHECK_ROWS = 300;

export function SerialLetterModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('templates');
  const templates = useTemplateOptions();
  const berater = useLookups((s) => s.berater);
  const loadLookups = useLookups((s) => s.load);
  const tags = useApiQuery(() => api.clients.tags({}), []);
  const [templateId, setTemplateId] = useState<number | null>(null);
  const [mode, setMode] = useState<'filter' | 'pick'>('filter');
  const [filter, setFilter] = useState<SerialFilter>(emptySerialFilter);
  const [picked, setPicked] = useState<PickedClient[]>([]);
  const [output, setOutput] = useState<Output>('zip');
  const [checked, setChecked] = useState<{ key: string; result: CheckResult } | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [taskId, setTaskId] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<SerialResult | null>(null);
  const running = taskId !== null;
  const taskRef = useRef<string | null>(null);

  useEffect(() => {
    void loadLookups();
  }, [loadLookups]);

  useEffect(
    () =>
      api.on('progress', (payload) => {
        if (payload.taskId === taskRef.current) setProgress({ done: payload.done, total: payload.total });
      }),
    [],
  );

  const selection = toSelection(
    mode,
    filter,
    picked.map((c) => c.id),
  );
  const key = JSON.stringify([templateId, selection]);
  const check = checked?.key === key ? checked.result : null;
  const incomplete = check?.clients.filter((c) => c.missing.length > 0).length ?? 0;

  const runCheck = async () => {
    if (templateId === null || selection === null) return;
    setChecking(true);
    setError(null);
    try {
      const outcome = await api.templates.serialCheck({ templateId, selection });
      setChecked({ key, result: outcome });
    } catch (failure) {
      setError(asAppError(failure).userMessage);
    } finally {
      setChecking(false);
    }
  };

  const start = async () => {
    if (templateId === null || selection === null || !check) return;
    const id = newTaskId();
    taskRef.current = id;
    setTaskId(id);
    setProgress({ done: 0, total: check.clients.length });
    setError(null);
    try {
      const outcome = await api.templates.serial({ templateId, selection, output, taskId: id });
      setResult(outcome);
      if (outcome.count > 0) saveBytes(outcome.fileName, outcome.bytes);
    } catch (failure) {
      setError(asAppError(failure).userMessage);
    } finally {
      taskRef.current = null;
      setTaskId(null);
    }
  };

  const cancel = async () => {
    if (!taskId) return;
    try {
      await api.templates.serialCancel({ taskId });
    } catch (failure) {
      notifyError(failure);
    }
  };

  const setFilterField = <K extends keyof SerialFilter>(field: K, value: SerialFilter[K]) =>
    setFilter((f) => ({ ...f, [field]: value }));

  return (
    <Modal
      opened
      onClose={() => {
        if (!running) onClose();
      }}
      closeOnEscape={!running}
      closeOnClickOutside={!running}
      title={t('serial.title')}
      size="min(1100px, 96vw)"
      centered
    >
      {result ? (
        <Stack gap="md" data-testid="serial-result">
          <Alert color={result.cancelled ? 'yellow' : 'teal'} variant="light">
            {result.cancelled
              ? t('serial.cancelled', { count: result.count })
              : t('serial.done', { count: result.count })}
          </Alert>
          <Group justify="flex-end">
            {result.count > 0 && (
              <Button variant="default" onClick={() => saveBytes(result.fileName, result.bytes)}>
                {t('serial.downloadAgain')}
              </Button>
            )}
            <Button onClick={onClose}>{t('serial.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm" data-testid="serial-form">
          <Select
            label={t('serial.template')}
            placeholder={t('letter.templatePlaceholder')}
            data={templates.options}
            value={templateId === null ? null : String(templateId)}
            onChange={(value) => setTemplateId(value ? Number(value) : null)}
            searchable
            required
            disabled={running}
            data-autofocus
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('serial.mode')}
            </Text>
            <SegmentedControl
              aria-label={t('serial.mode')}
              value={mode}
              onChange={(value) => setMode(value as 'filter' | 'pick')}
              disabled={running}
              data={[
                { value: 'filter', label: t('serial.byFilter') },
                { value: 'pick', label: t('serial.byPick') },
              ]}
            />
          </Stack>
          {mode === 'filter' ? (
            <SimpleGrid cols={3} data-testid="serial-filter">
              <TextInput
                label={t('serial.query')}
                placeholder={t('serial.queryPlaceholder')}
                value={filter.query}
                onChange={(e) => setFilterField('query', e.currentTarget.value)}
                disabled={running}
              />
              <Select
                label={t('serial.status')}
                placeholder={t('serial.statusAll')}
                data={clientStatuses.map((s) => ({ value: s, label: clientStatusLabels[s] }))}
                value={filter.status}
                onChange={(value) => setFilterField('status', value as ClientStatus | null)}
                clearable
                disabled={running}
              />
              <Select
                label={t('serial.kind')}
                placeholder={t('serial.kindAll')}
                data={clientKinds.map((k) => ({ value: k, label: clientKindLabels[k] }))}
                value={filter.kind}
                onChange={(value) => setFilterField('kind', value as ClientKind | null)}
                clearable
                disabled={running}
              />
              <Select
                label={t('serial.berater')}
                placeholder={t('serial.beraterAll')}
                data={beraterOptions(berater, filter.beraterId)}
                value={filter.beraterId === null ? null : String(filter.beraterId)}
                onChange={(value) => setFilterField('beraterId', value ? Number(value) : null)}
                clearable
                disabled={running}
              />
              <Select
                label={t('serial.tag')}
                placeholder={t('serial.tagAll')}
                data={(tags.data?.items ?? []).map((item) => item.tag)}
                value={filter.tag}
                onChange={(value) => setFilterField('tag', value)}
                clearable
                searchable
                disabled={running}
              />
            </SimpleGrid>
          ) : (
            <Stack gap="xs" data-testid="serial-pick">
              <ClientPicker
                label={t('serial.addClient')}
                value={null}
                onChange={(client) => {
                  if (client && !picked.some((c) => c.id === client.id)) setPicked([...picked, client]);
                }}
                disabled={running}
              />
              <Text size="sm" c="dimmed">
                {t('serial.picked', { count: picked.length })}
              </Text>
              <Group gap={6}>
                {picked.map((client) => (
                  <Badge
                    key={client.id}
                    variant="light"
                    size="lg"
                    rightSection={
                      <CloseButton
                        size="xs"
                        aria-label={t('serial.remove', { name: client.label })}
                        onClick={() => setPicked(picked.filter((c) => c.id !== client.id))}
                        disabled={running}
                      />
                    }
                    style={{ textTransform: 'none' }}
                  >
                    {client.label}
                  </Badge>
                ))}
              </Group>
            </Stack>
          )}
          <Radio.Group
            label={t('serial.output')}
            value={output}
            onChange={(value) => setOutput(value as Output)}
          >
            <Stack gap={6} mt={6}>
              <Radio value="zip" label={t('serial.outputZip')} disabled={running} />
              <Radio value="combined" label={t('serial.outputCombined')} disabled={running} />
            </Stack>
          </Radio.Group>
          {check && <CheckReport check={check} incomplete={incomplete} />}
          {running && progress && (
            <Stack gap={4} data-testid="serial-progress">
              <Text size="sm">{t('serial.running')}</Text>
              <Progress
                value={progress.total === 0 ? 0 : (progress.done / progress.total) * 100}
                animated
                aria-label={t('serial.running')}
              />
              <Text size="xs" c="dimmed">
                {t('serial.progress', {
                  done: formatNumber(progress.done),
                  total: formatNumber(progress.total),
                })}
              </Text>
            </Stack>
          )}
          {error && (
            <Alert color="red" variant="light">
              {error}
            </Alert>
          )}
          <Group justify="flex-end" mt="sm">
            {running ? (
              <Button color="red" variant="light" onClick={() => void cancel()}>
                {t('serial.cancel')}
              </Button>
            ) : (
              <Button variant="default" onClick={onClose}>
                {t('serial.close')}
              </Button>
            )}
            <Button
              variant={check ? 'default' : 'filled'}
              loading={checking}
              disabled={templateId === null || selection === null || running}
              onClick={() => void runCheck()}
            >
              {t('serial.check')}
            </Button>
            <Button
              loading={running}
              disabled={!check || check.clients.length === 0}
              onClick={() => void start()}
            >
              {t('serial.start')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

function CheckReport({ check, incomplete }: { check: CheckResult; incomplete: number }) {
  const { t } = useTranslation('templates');
  const total = check.clients.length;
  if (total === 0) {
    return (
      <Alert color="yellow" variant="light" data-testid="serial-check">
        {t('serial.noRecipients')}
      </Alert>
    );
  }
  return (
    <Stack gap={6} data-testid="serial-check">
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {t('serial.checkResult', { count: total })}
        </Text>
        <Badge color="teal" variant="light">
          {t('serial.complete', { count: total - incomplete })}
        </Badge>
        {incomplete > 0 && (
          <Badge color="yellow" variant="light">
            {t('serial.incomplete', { count: incomplete })}
          </Badge>
        )}
      </Group>
      <ScrollArea.Autosize mah={260}>
        <Table striped withTableBorder fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('serial.clientCol')}</Table.Th>
              <Table.Th>{t('serial.missingCol')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {check.clients.slice(0, CHECK_ROWS).map((client) => (
              <Table.Tr key={client.clientId} data-testid="serial-check-row">
                <Table.Td>
                  {client.displayName}
                  <Text size="xs" c="dimmed">
                    {client.clientNumber}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {client.missing.length === 0 ? (
                    <Text size="sm" c="teal">
                      {t('serial.allPresent')}
                    </Text>
                  ) : (
                    client.missing.map((missing) => (
                      <Text size="sm" key={missing.key}>
                        {missing.message}
                      </Text>
                    ))
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  );
}
