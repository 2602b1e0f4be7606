import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Radio,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentDetail } from '../../../src-shared/documents/document-schemas';
import { landNames } from '../../../src-shared/rules/land/land-codes';
import { docTypeLabels, docTypes, type DocType } from '../../../src-shared/rules/documents/doc-types';
import { api } from '../../api/client';
import { asAppError, fieldErrorsOf, isConflict, notifyError } from '../../api/notify';
import { DateField } from '../../app/DateField';
import { notifyConflict } from '../../app/notify-conflict';
import { formatDate } from '../../i18n/dates';
import { ClientPicker } from '../orders/ClientPicker';
import { notifyFiled } from './notify-filed';
import {
  clientIdOf,
  confirmedFieldsOf,
  dateFields,
  fieldKeys,
  initialReview,
  isBescheid,
  newClientInput,
  numberFields,
  type FieldKey,
  type ReviewValues,
} from './review-form';
import { StateBadge } from './StateBadge';

const docTypeOptions = docTypes.map((value) => ({ value, label: docTypeLabels[value] }));
const percent = (score: number) => Math.round(score <= 1 ? score * 100 : score);

interface Props {
  doc: DocumentDetail;
  canWrite: boolean;
  onSaved: (doc: DocumentDetail) => void;
  reload: () => void;
}

function FieldLabel({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" component="span">
      <span>{label}</span>
      {children}
    </Group>
  );
}

/** The proposal of the analysis, each value editable, confirmed with one button. */
export function ReviewForm({ doc, canWrite, onSaved, reload }: Props) {
  const { t } = useTranslation('inbox');
  const [values, setValues] = useState<ReviewValues>(() => initialReview(doc));
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [duplicateMessage, setDuplicateMessage] = useState<string | null>(null);
  const [confirmDuplicate, setConfirmDuplicate] = useState(false);
  const analysis = doc.analysis;
  const candidates = analysis?.client.candidates ?? [];
  const set = (change: Partial<ReviewValues>) => setValues((v) => ({ ...v, ...change }));
  const setField = (key: FieldKey, value: string | number | null) =>
    setValues((v) => ({ ...v, fields: { ...v.fields, [key]: value } }));
  const setNewClient = (change: Partial<ReviewValues['newClient']>) =>
    setValues((v) => ({ ...v, newClient: { ...v.newClient, ...change } }));

  const showOrderProposal = doc.orderProposal !== null && isBescheid(values.docType);
  const clientRadio = values.client.mode === 'candidate' ? `c:${values.client.id}` : values.client.mode;

  async function confirm() {
    setSaving(true);
    setErrors({});
    try {
      const fields = confirmedFieldsOf(values.fields);
      const result = await api.documents.confirm({
        id: doc.id,
        version: doc.version,
        docType: values.docType,
        clientId: clientIdOf(values.client),
        ...(values.client.mode === 'new'
          ? {
              newClient: newClientInput(
                values.newClient,
                fields,
                analysis?.state.value ?? null,
                confirmDuplicate,
              ),
            }
          : {}),
        fields,
        ...(values.title.trim() ? { title: values.title.trim() } : {}),
        createReviewOrder: showOrderProposal && values.createReviewOrder,
      });
      await notifyFiled(result.orderId, doc.orderProposal);
      onSaved(result.document);
    } catch (error) {
      const appError = asAppError(error);
      const duplicates = appError.details?.['duplicates'];
      if (appError.kind === 'conflict' && Array.isArray(duplicates)) {
        setDuplicateMessage(appError.userMessage);
      } else if (isConflict(appError)) {
        notifyConflict(appError, reload);
      } else {
        const fieldErrors = fieldErrorsOf(appError);
        if (fieldErrors) setErrors(fieldErrors);
        notifyError(appError);
      }
    } finally {
      setSaving(false);
    }
  }

  const fieldError = (key: string) =>
    errors[key] ?? errors[`fields.${key}`] ?? Object.entries(errors).find(([k]) => k.endsWith(key))?.[1];

  const fieldInput = (key: FieldKey) => {
    const analysed = analysis?.fields[key];
    const label = (
      <FieldLabel label={t(`fields.${key}`)}>
        <StateBadge
          state={analysed?.state ?? null}
          note={analysed?.note}
          evidence={analysed?.evidence}
          testId={`field-state-${key}`}
        />
      </FieldLabel>
    );
    const common = { label, readOnly: !canWrite, error: fieldError(key), 'data-testid': `field-${key}` };
    const value = values.fields[key];
    if (dateFields.has(key)) {
      return (
        <DateField
          key={key}
          {...common}
          value={typeof value === 'string' ? value : null}
          onChange={(v) => setField(key, v)}
        />
      );
    }
    if (numberFields.has(key)) {
      return (
        <NumberInput
          key={key}
          {...common}
          value={value ?? ''}
          onChange={(v) => setField(key, typeof v === 'number' ? v : v === '' ? '' : Number.NaN)}
          decimalSeparator=","
          thousandSeparator={key === 'amount' ? '.' : ''}
          decimalScale={key === 'amount' ? 2 : 0}
          allowDecimal={key === 'amount'}
          allowNegative={key === 'amount'}
          hideControls
        />
      );
    }
    return (
      <TextInput
        key={key}
        {...common}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => setField(key, e.currentTarget.value)}
      />
    );
  };

  const frist = analysis?.einspruchsfristEnd;
  const land = analysis?.state;

  return (
    <Stack gap="sm" data-testid="review-form">
      {analysis && analysis.warnings.length > 0 && (
        <Alert color="yellow" title={t('review.warnings')} p="xs">
          <Stack gap={2}>
            {analysis.warnings.map((w) => (
              <Text key={w} size="xs">
                {w}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      <Select
        label={
          <FieldLabel label={t('review.docType')}>
            {analysis && (
              <Badge size="sm" variant="light" color="gray">
                {t('review.score', { score: percent(analysis.docType.confidence) })}
              </Badge>
            )}
          </FieldLabel>
        }
        data={docTypeOptions}
        value={values.docType}
        onChange={(v) => v && set({ docType: v as DocType })}
        allowDeselect={false}
        readOnly={!canWrite}
        searchable
        data-testid="review-doctype"
      />

      <Paper withBorder p="sm" radius="sm">
        <Title order={4} size="h6" mb={6}>
          {t('review.client')}
        </Title>
        {analysis?.client.explanation && (
          <Text size="xs" c="dimmed" mb={6}>
            {analysis.client.explanation}
          </Text>
        )}
        <Radio.Group
          value={clientRadio}
          onChange={(v) => {
            if (v.startsWith('c:')) set({ client: { mode: 'candidate', id: Number(v.slice(2)) } });
            else if (v === 'other')
              set({
                client: {
                  mode: 'other',
                  picked: values.client.mode === 'other' ? values.client.picked : null,
                },
              });
            else set({ client: { mode: v as 'new' | 'none' } });
          }}
          aria-label={t('review.client')}
          readOnly={!canWrite}
        >
          <Stack gap={6}>
            {candidates.map((c) => (
              <Radio
                key={c.clientId}
                value={`c:${c.clientId}`}
                data-testid="client-candidate"
                label={
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm">
                      {c.displayName}
                      {c.clientNumber ? ` (${c.clientNumber})` : ''}
                    </Text>
                    <Badge size="xs" variant="light" color={c.score >= 0.8 ? 'green' : 'yellow'}>
                      {t('review.score', { score: percent(c.score) })}
                    </Badge>
                  </Group>
                }
                description={
                  c.reasons.length > 0
                    ? t('review.reasons', {
                        reasons: c.reasons.map((r) => t(`matchReasons.${r}`)).join(', '),
                      })
                    : undefined
                }
              />
            ))}
            <Radio value="other" label={t('review.clientSearch')} />
            {values.client.mode === 'other' && (
              <ClientPicker
                aria-label={t('review.clientSearch')}
                placeholder={t('review.clientSearchPlaceholder')}
                value={values.client.picked}
                onChange={(picked) => set({ client: { mode: 'other', picked } })}
                readOnly={!canWrite}
                data-testid="review-client-picker"
                ml={28}
              />
            )}
            <Radio value="new" label={t('review.newClient')} data-testid="client-new" />
            {values.client.mode === 'new' && (
              <Stack gap={6} ml={28} data-testid="new-client-fields">
                <SegmentedControl
                  size="xs"
                  value={values.newClient.kind}
                  onChange={(v) => setNewClient({ kind: v as 'person' | 'company' })}
                  data={[
                    { value: 'person', label: t('review.newClientPerson') },
                    { value: 'company', label: t('review.newClientCompany') },
                  ]}
                />
                {values.newClient.kind === 'person' ? (
                  <Group grow gap={6}>
                    <TextInput
                      size="xs"
                      label={t('review.newClientFirstName')}
                      value={values.newClient.firstName}
                      onChange={(e) => setNewClient({ firstName: e.currentTarget.value })}
                    />
                    <TextInput
                      size="xs"
                      label={t('review.newClientLastName')}
                      value={values.newClient.lastName}
                      onChange={(e) => setNewClient({ lastName: e.currentTarget.value })}
                      required
                    />
                  </Group>
                ) : (
                  <TextInput
                    size="xs"
                    label={t('review.newClientCompanyName')}
                    value={values.newClient.companyName}
                    onChange={(e) => setNewClient({ companyName: e.currentTarget.value })}
                    required
                  />
                )}
                <TextInput
                  size="xs"
                  label={t('review.newClientStreet')}
                  value={values.newClient.street}
                  onChange={(e) => setNewClient({ street: e.currentTarget.value })}
                />
                <Group grow gap={6}>
                  <TextInput
                    size="xs"
                    label={t('review.newClientPostalCode')}
                    value={values.newClient.postalCode}
                    onChange={(e) => setNewClient({ postalCode: e.currentTarget.value })}
                  />
                  <TextInput
                    size="xs"
                    label={t('review.newClientCity')}
                    value={values.newClient.city}
                    onChange={(e) => setNewClient({ city: e.currentTarget.value })}
                  />
                </Group>
                {duplicateMessage && (
                  <Alert color="orange" p="xs">
                    <Stack gap={4}>
                      <Text size="xs">{duplicateMessage}</Text>
                      <Checkbox
                        size="xs"
                        label={t('review.confirmDuplicate')}
                        checked={confirmDuplicate}
                        onChange={(e) => setConfirmDuplicate(e.currentTarget.checked)}
                      />
                    </Stack>
                  </Alert>
                )}
              </Stack>
            )}
            <Radio value="none" label={t('review.clientNone')} />
          </Stack>
        </Radio.Group>
      </Paper>

      <Title order={4} size="h6">
        {t('review.fields')}
      </Title>
      {fieldKeys.map(fieldInput)}

      <Group justify="space-between" wrap="nowrap" data-testid="review-frist">
        <Text size="sm" fw={500}>
          {t('review.frist')}
        </Text>
        <Group gap={6} wrap="nowrap">
          <Text size="sm" data-testid="review-frist-value">
            {frist?.value ? formatDate(frist.value) : t('review.fristNone')}
          </Text>
          <StateBadge state={frist?.state ?? null} note={frist?.note} evidence={frist?.evidence} />
        </Group>
      </Group>
      {land?.value && (
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" fw={500}>
            {t('review.land')}
          </Text>
          <Group gap={6} wrap="nowrap">
            <Text size="sm">{landNames[land.value]}</Text>
            <StateBadge state={land.state} note={land.note} evidence={land.evidence} />
          </Group>
        </Group>
      )}
      <TextInput
        label={t('review.title')}
        value={values.title}
        onChange={(e) => set({ title: e.currentTarget.value })}
        readOnly={!canWrite}
      />

      {canWrite ? (
        <Paper withBorder p="sm" radius="sm" data-testid="confirm-area">
          <Stack gap="sm">
            {showOrderProposal && doc.orderProposal && (
              <Checkbox
                checked={values.createReviewOrder}
                onChange={(e) => set({ createReviewOrder: e.currentTarget.checked })}
                label={t('review.orderProposal', { due: formatDate(doc.orderProposal.dueDate) })}
                description={t('review.orderProposalTitle', {
                  title: doc.orderProposal.title,
                  reason: doc.orderProposal.dueReason.split('\n')[0] ?? '',
                })}
                data-testid="review-order-checkbox"
              />
            )}
            <Button onClick={() => void confirm()} loading={saving} data-testid="review-confirm">
              {t('review.confirm')}
            </Button>
          </Stack>
        </Paper>
      ) : (
        <Text size="sm" c="dimmed">
          {t('review.readOnly')}
        </Text>
      )}
    </Stack>
  );
}
