import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  Loader,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractOutput } from '../../../src-shared/ipc/define';
import type { templatesContracts } from '../../../src-shared/ipc/contracts/templates';
import { api } from '../../api/client';
import { asAppError, notifyError } from '../../api/notify';
import { useApiQuery } from '../../api/use-api-query';
import { DateField } from '../../app/DateField';
import { formatDate } from '../../i18n/dates';
import { ClientPicker, type PickedClient } from '../orders/ClientPicker';
import { saveBytes } from '../../app/files';
import { mergeFields, toOverrides, type MissingValue, type OverrideInput } from './letter-overrides';
import classes from './LetterPreview.module.css';
import { MissingValueInputs } from './MissingValueInputs';
import { useTemplateOptions } from './use-template-options';

const PREVIEW_DEBOUNCE_MS = 400;

type Preview = ContractOutput<typeof templatesContracts.preview>;
type Generated = ContractOutput<typeof templatesContracts.generate>;
type FollowUpKind = 'frist' | 'wiedervorlage';

export interface LetterModalProps {
  onClose: () => void;
  /** Preselected client, e.g. when started from a client's page. */
  initialClient?: PickedClient | null;
  initialTemplateId?: number | null;
  initialOrderId?: number | null;
}

interface FormState {
  /** template, client and order the inputs belong to; another choice starts over. */
  key: string;
  fields: MissingValue[];
  inputs: Record<string, OverrideInput>;
}

/**
 * "Brief erstellen": template, client and optional order, a live preview next to the missing-data
 * report with inputs for this one letter, then the document (optionally with a Frist or Wiedervorlage).
 */
export function LetterModal({
  onClose,
  initialClient = null,
  initialTemplateId = null,
  initialOrderId = null,
}: LetterModalProps) {
  const { t } = useTranslation('templates');
  const templates = useTemplateOptions();
  const [templateId, setTemplateId] = useState<number | null>(initialTemplateId);
  const [client, setClient] = useState<PickedClient | null>(initialClient);
  const [orderId, setOrderId] = useState<number | null>(initialOrderId);
  const clientId = client?.id ?? null;

  const key = `${templateId ?? ''}|${clientId ?? ''}|${orderId ?? ''}`;
  const [form, setForm] = useState<FormState>({ key, fields: [], inputs: {} });
  if (form.key !== key) setForm({ key, fields: [], inputs: {} });
  const overrides = toOverrides(form.fields, form.inputs);
  const [debouncedOverrides] = useDebouncedValue(JSON.stringify(overrides), PREVIEW_DEBOUNCE_MS);

  // The last answer of the core: the letter, or why it could not be rendered.
  const [settled, setSettled] = useState<{
    request: string;
    key: string;
    value: Preview | null;
    error: string | null;
  } | null>(null);

  const [followUpOn, setFollowUpOn] = useState(false);
  const [followUpKind, setFollowUpKind] = useState<FollowUpKind>('wiedervorlage');
  const [followUpDate, setFollowUpDate] = useState<string | null>(null);
  const [followUpTitle, setFollowUpTitle] = useState('');
  const [followUpErrors, setFollowUpErrors] = useState<{ date?: string; title?: string }>({});
  const [generating, setGenerating] = useState(false);
  const [generateError, setGenerateError] = useState<string | null>(null);
  const [generated, setGenerated] = useState<Generated | null>(null);

  const orders = useApiQuery(
    () =>
      clientId === null
        ? Promise.resolve({ items: [], total: 0 })
        : api.orders.list({ clientId, sortBy: 'dueDate', sortDir: 'desc', limit: 200 }),
    [clientId],
  );
  const orderOptions = (orders.data?.items ?? []).map((order) => ({
    value: String(order.id),
    label: [order.title, order.dueDate ? formatDate(order.dueDate) : null].filter(Boolean).join(' – '),
  }));

  const request = JSON.stringify([templateId, clientId, orderId, debouncedOverrides]);
  useEffect(() => {
    if (templateId === null || clientId === null) return;
    let current = true;
    api.templates
      .preview({
        templateId,
        clientId,
        ...(orderId === null ? {} : { orderId }),
        overrides: JSON.parse(debouncedOverrides) as Record<string, never>,
      })
      .then(
        (value) => {
          if (!current) return;
          setSettled({ request, key, value, error: null });
          setForm((f) => (f.key === key ? { ...f, fields: mergeFields(f.fields, value.missing) } : f));
        },
        (failure: unknown) => {
          if (current) setSettled({ request, key, value: null, error: asAppError(failure).userMessage });
        },
      );
    return () => {
      current = false;
    };
    // `request` and `key` are made of the same ids and overrides.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [templateId, clientId, orderId, debouncedOverrides]);

  const previewing = templateId !== null && clientId !== null && settled?.request !== request;
  const previewError = settled?.key === key ? settled.error : null;
  // The last good preview of this choice stays while a newer one is on its way.
  const [lastGood, setLastGood] = useState<{ key: string; value: Preview } | null>(null);
  if (settled?.value && settled.key === key && lastGood?.value !== settled.value) {
    setLastGood({ key, value: settled.value });
  }
  const shown = lastGood?.key === key ? lastGood.value : null;
  const templateName = templates.nameOf(templateId);
  const kindLabel = t(`letter.followUpKinds.${followUpKind}`);

  const setInput = (field: string, value: OverrideInput) =>
    setForm((f) => ({ ...f, inputs: { ...f.inputs, [field]: value } }));

  const generate = async (event: FormEvent) => {
    event.preventDefault();
    if (templateId === null || clientId === null) return;
    const title =
      followUpTitle.trim() || t('letter.followUpTitleDefault', { kind: kindLabel, template: templateName });
    if (followUpOn) {
      const errors = { date: followUpDate ? undefined : t('letter.followUpDateRequired') };
      setFollowUpErrors(errors);
      if (errors.date) return;
    }
    setGenerating(true);
    setGenerateError(null);
    try {
      const result = await api.templates.generate({
        templateId,
        clientId,
        ...(orderId === null ? {} : { orderId }),
        overrides,
        ...(followUpOn && followUpDate
          ? { followUp: { kind: followUpKind, date: followUpDate, title } }
          : {}),
        open: true,
      });
      setGenerated(result);
    } catch (failure) {
      setGenerateError(asAppError(failure).userMessage);
    } finally {
      setGenerating(false);
    }
  };

  const download = async () => {
    if (!generated) return;
    try {
      const file = await api.documents.content({ id: generated.documentId });
      saveBytes(file.name, file.bytes, file.mime);
    } catch (failure) {
      notifyError(failure);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('letter.title')} size="min(1400px, 96vw)" centered>
      {generated ? (
        <Stack gap="md" data-testid="letter-result">
          <Alert color="teal" variant="light" title={t('letter.saved')}>
            <Stack gap={4}>
              <Text size="sm">
                {generated.opened
                  ? t('letter.savedOpened', { fileName: generated.fileName })
                  : t('letter.savedFile', { fileName: generated.fileName })}
              </Text>
              {generated.followUpOrderId !== null && (
                <Text size="sm">{t('letter.followUpCreated', { kind: kindLabel })}</Text>
              )}
              {generated.missing.length > 0 && (
                <Text size="sm">{t('letter.stillMissing', { count: generated.missing.length })}</Text>
              )}
            </Stack>
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void download()}>
              {t('letter.download')}
            </Button>
            <Button variant="default" onClick={() => setGenerated(null)}>
              {t('letter.another')}
            </Button>
            <Button onClick={onClose}>{t('letter.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <div className={classes.layout}>
          <form onSubmit={generate} noValidate data-testid="letter-form">
            <Stack gap="sm">
              <Select
                label={t('letter.template')}
                placeholder={t('letter.templatePlaceholder')}
                data={templates.options}
                value={templateId === null ? null : String(templateId)}
                onChange={(value) => setTemplateId(value ? Number(value) : null)}
                searchable
                required
                data-autofocus
              />
              <ClientPicker
                label={t('letter.client')}
                value={client}
                onChange={(picked) => {
                  setClient(picked);
                  setOrderId(null);
                }}
                required
              />
              <Select
                label={t('letter.order')}
                placeholder={
                  clientId !== null && orderOptions.length === 0
                    ? t('letter.orderNone')
                    : t('letter.orderPlaceholder')
                }
                data={orderOptions}
                value={orderId === null ? null : String(orderId)}
                onChange={(value) => setOrderId(value ? Number(value) : null)}
                disabled={clientId === null || orderOptions.length === 0}
                clearable
                searchable
              />
              {shown && (
                <Stack gap="xs" data-testid="missing-report">
                  <Title order={4} size="h6">
                    {t('letter.missingTitle')}
                  </Title>
                  {shown.missing.length === 0 ? (
                    <Text size="sm" c="teal">
                      {t('letter.missingNone')}
                    </Text>
                  ) : (
                    <Alert color="yellow" variant="light" p="xs">
                      <List size="sm" spacing={2}>
                        {shown.missing.map((missing) => (
                          <List.Item key={missing.key}>{missing.message}</List.Item>
                        ))}
                      </List>
                    </Alert>
                  )}
                  {form.fields.length > 0 && (
                    <>
                      <Text size="xs" c="dimmed">
                        {t('letter.missingHint')}
                      </Text>
                      <MissingValueInputs fields={form.fields} values={form.inputs} onChange={setInput} />
                    </>
                  )}
                </Stack>
              )}
              <Checkbox
                label={t('letter.followUp')}
                checked={followUpOn}
                onChange={(e) => setFollowUpOn(e.currentTarget.checked)}
                mt="xs"
              />
              {followUpOn && (
                <Stack gap="xs" data-testid="letter-follow-up">
                  <SegmentedControl
                    aria-label={t('letter.followUpKind')}
                    value={followUpKind}
                    onChange={(value) => setFollowUpKind(value as FollowUpKind)}
                    data={[
                      { value: 'wiedervorlage', label: t('letter.followUpKinds.wiedervorlage') },
                      { value: 'frist', label: t('letter.followUpKinds.frist') },
                    ]}
                  />
                  <DateField
                    label={t('letter.followUpDate')}
                    value={followUpDate}
                    onChange={setFollowUpDate}
                    error={followUpErrors.date}
                    required
                  />
                  <TextInput
                    label={t('letter.followUpTitle')}
                    placeholder={t('letter.followUpTitleDefault', {
                      kind: kindLabel,
                      template: templateName,
                    })}
                    value={followUpTitle}
                    onChange={(e) => setFollowUpTitle(e.currentTarget.value)}
                    maxLength={200}
                  />
                </Stack>
              )}
              {generateError && (
                <Alert color="red" variant="light">
                  {generateError}
                </Alert>
              )}
              <Group justify="flex-end" mt="sm">
                <Button variant="default" onClick={onClose}>
                  {t('common.cancel')}
                </Button>
                <Button
                  type="submit"
                  loading={generating}
                  disabled={templateId === null || clientId === null || shown === null}
                >
                  {t('letter.generate')}
                </Button>
              </Group>
            </Stack>
          </form>
          <Stack gap={6} className={classes.previewColumn}>
            <Group justify="space-between">
              <Text fw={600} size="sm">
                {t('letter.preview')}
              </Text>
              {previewing && (
                <Group gap={6}>
                  <Loader size={14} />
                  <Text size="xs" c="dimmed">
                    {t('letter.updating')}
                  </Text>
                </Group>
              )}
            </Group>
            <div className={classes.frameBox}>
              {previewError && (
                <Alert color="red" variant="light" m="sm">
                  {previewError}
                </Alert>
              )}
              {shown ? (
                // sandbox="" without any allowance: no scripts, no forms, no navigation, own origin.
                <iframe
                  className={classes.frame}
                  title={t('letter.previewFrame')}
                  sandbox=""
                  srcDoc={shown.html}
                  data-testid="letter-preview"
                />
              ) : (
                !previewError && (
                  <div className={classes.placeholder}>
                    <Text c="dimmed" size="sm">
                      {templateId === null || clientId === null
                        ? t('letter.chooseFirst')
                        : t('letter.updating')}
                    </Text>
                  </div>
                )
              )}
            </div>
          </Stack>
        </div>
      )}
    </Modal>
  );
}

/** A button that opens "Brief erstellen" for one client; for screens of other features (client detail). */
export function CreateLetterButton({
  client,
  orderId = null,
  label,
  size = 'sm',
}: {
  client: PickedClient;
  orderId?: number | null;
  label?: string;
  size?: 'xs' | 'sm';
}) {
  const { t } = useTranslation('templates');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="default" size={size} onClick={() => setOpen(true)}>
        {label ?? t('actions.createLetter')}
      </Button>
      {open && <LetterModal initialClient={client} initialOrderId={orderId} onClose={() => setOpen(false)} />}
    </>
  );
}
