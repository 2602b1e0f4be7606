import {
  Button,
  Divider,
  Group,
  Input,
  Modal,
  ScrollArea,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clientStatuses } from '../../../src-shared/clients/client-enums';
import { landCodes, landNames } from '../../../src-shared/rules/land';
import type { ClientDetail, ClientDuplicate } from '../../../src-shared/clients/client-output';
import { api } from '../../api/client';
import { asAppError, fieldErrorsOf, notifyError, notifySuccess } from '../../api/notify';
import { notifyConflict } from '../../app/notify-conflict';
import { todayLocal } from '../../i18n/dates';
import { BankAccountsField } from './BankAccountsField';
import { ClientAddressFields, ClientContactDataFields } from './ClientAddressFields';
import { CompanyNameFields, PersonNameFields } from './ClientNameFields';
import {
  clientFormFrom,
  emptyClientForm,
  toCreateClientInput,
  toFormErrors,
  toUpdateClientInput,
  validateClientForm,
  type ClientFormValues,
} from './client-form';
import { useClientsView } from './clients-store';
import { ContactPersonsField } from './ContactPersonsField';
import { DuplicateDialog } from './DuplicateDialog';
import { TaxNumbersField } from './TaxNumbersField';
import { useBeraterOptions, useClientTags } from './use-client-lookups';

interface Props {
  /** null: a new client; a client: edit it. */
  client: ClientDetail | null;
  onClose: () => void;
  onSaved: (client: ClientDetail) => void;
  /** "Vorhandenen Mandanten öffnen" in the duplicate warning. */
  onOpenExisting?: (id: number) => void;
}

function Section({ title }: { title: string }) {
  return <Divider label={title} labelPosition="left" mt="xs" styles={{ label: { fontWeight: 600 } }} />;
}

const landOptions = landCodes.map((code) => ({ value: code, label: landNames[code] }));

const duplicatesOf = (error: unknown): ClientDuplicate[] | null => {
  const appError = asAppError(error);
  if (appError.kind !== 'conflict' || appError.details?.code !== 'duplicate_client') return null;
  const list = appError.details['duplicates'];
  return Array.isArray(list) ? (list as ClientDuplicate[]) : null;
};

/** One form for creating and editing; mounted only while open, so it starts from the stored client. */
export function ClientFormModal({ client, onClose, onSaved, onOpenExisting }: Props) {
  const { t } = useTranslation('clients');
  const [base, setBase] = useState(client);
  const [submitting, setSubmitting] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<ClientDuplicate[] | null>(null);
  const reloadToken = useClientsView((s) => s.reloadToken);
  const tags = useClientTags(reloadToken);
  const editing = base !== null;

  const form = useForm<ClientFormValues>({
    mode: 'controlled',
    initialValues: base ? clientFormFrom(base) : emptyClientForm(),
    validate: (values) => validateClientForm(values, todayLocal()),
  });
  const berater = useBeraterOptions(form.values.beraterId);

  const reloadBase = async () => {
    if (!base) return;
    try {
      const fresh = await api.clients.get({ id: base.id });
      setBase(fresh);
      form.setValues(clientFormFrom(fresh));
      form.resetDirty();
    } catch (error) {
      notifyError(error);
    }
  };

  const showFailure = (error: unknown, values: ClientFormValues) => {
    const appError = asAppError(error);
    if (appError.kind === 'conflict' && appError.details?.code === 'version_conflict') {
      notifyConflict(appError, () => void reloadBase());
      return;
    }
    const fields = fieldErrorsOf(appError);
    if (fields) {
      const { errors, unmatched } = toFormErrors(values, fields);
      form.setErrors(errors);
      setFormError(unmatched.length > 0 ? unmatched.join(' ') : t('form.fixErrors'));
      return;
    }
    setFormError(appError.userMessage);
  };

  const save = async (values: ClientFormValues, confirmDuplicate: boolean) => {
    setSubmitting(true);
    setFormError(null);
    try {
      const saved = base
        ? await api.clients.update(toUpdateClientInput(values, base))
        : await api.clients.create(toCreateClientInput(values, confirmDuplicate));
      setDuplicates(null);
      notifySuccess(
        base
          ? t('form.saved', { number: saved.clientNumber })
          : t('form.created', { number: saved.clientNumber }),
      );
      if (saved.warnings.length > 0) {
        notifications.show({
          color: 'yellow',
          title: t('form.warnings'),
          message: saved.warnings.map((w) => w.message).join(' '),
          autoClose: 12_000,
          withBorder: true,
        });
      }
      onSaved(saved);
    } catch (error) {
      const found = base ? null : duplicatesOf(error);
      if (found && found.length > 0) setDuplicates(found);
      else {
        setDuplicates(null);
        showFailure(error, values);
      }
    } finally {
      setSubmitting(false);
    }
  };

  const submit = form.onSubmit(
    (values) => void save(values, false),
    () => setFormError(t('form.fixErrors')),
  );

  const isPerson = form.values.kind === 'person';

  return (
    <>
      <Modal
        opened
        onClose={onClose}
        title={editing ? t('form.editTitle', { number: base.clientNumber }) : t('form.title')}
        size="xl"
        scrollAreaComponent={ScrollArea.Autosize}
        closeOnEscape={duplicates === null}
      >
        <form onSubmit={submit} noValidate data-testid="client-form">
          <Stack gap="sm">
            {!editing && (
              <Stack gap={2}>
                <Input.Label labelElement="div" id="client-kind-label">
                  {t('form.kind')}
                </Input.Label>
                <SegmentedControl
                  fullWidth
                  aria-labelledby="client-kind-label"
                  data={[
                    { value: 'person', label: t('form.kindPerson') },
                    { value: 'company', label: t('form.kindCompany') },
                  ]}
                  value={form.values.kind}
                  onChange={(value) => {
                    form.setFieldValue('kind', value === 'company' ? 'company' : 'person');
                    form.setFieldValue('legalForm', null);
                    form.clearErrors();
                  }}
                />
              </Stack>
            )}
            {isPerson ? <PersonNameFields form={form} /> : <CompanyNameFields form={form} />}

            <Section title={t('form.sections.address')} />
            <ClientAddressFields form={form} />

            <Section title={t('form.sections.contact')} />
            <ClientContactDataFields form={form} />

            {!isPerson && (
              <>
                <Section title={t('form.sections.contacts')} />
                <ContactPersonsField form={form} />
              </>
            )}

            <Section title={t('form.sections.tax')} />
            <TaxNumbersField form={form} />
            <SimpleGrid cols={{ base: 1, sm: 2, md: isPerson ? 4 : 3 }} spacing="sm">
              <Select
                label={t('form.finanzamtLand')}
                data={landOptions}
                clearable
                searchable
                placeholder={t('form.finanzamtLandHint')}
                {...form.getInputProps('finanzamtLand')}
              />
              {isPerson && (
                <TextInput label={t('form.steuerId')} maxLength={20} {...form.getInputProps('steuerId')} />
              )}
              <TextInput label={t('form.ustIdNr')} maxLength={20} {...form.getInputProps('ustIdNr')} />
              <TextInput label={t('form.wIdNr')} maxLength={25} {...form.getInputProps('wIdNr')} />
            </SimpleGrid>

            <Section title={t('form.sections.bank')} />
            <BankAccountsField form={form} />

            <Section title={t('form.sections.office')} />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                label={t('form.clientNumber')}
                placeholder={editing ? undefined : t('form.clientNumberHint')}
                maxLength={20}
                {...form.getInputProps('clientNumber')}
              />
              <Select
                label={t('form.berater')}
                data={berater}
                clearable
                searchable
                placeholder={t('form.noneSelected')}
                {...form.getInputProps('beraterId')}
              />
              <Select
                label={t('form.status')}
                data={clientStatuses.map((status) => ({ value: status, label: t(`status.${status}`) }))}
                allowDeselect={false}
                {...form.getInputProps('status')}
              />
            </SimpleGrid>
            <TagsInput
              label={t('form.tags')}
              placeholder={t('form.tagsPlaceholder')}
              data={tags}
              maxTags={30}
              clearable
              {...form.getInputProps('tags')}
            />
            <Textarea
              label={t('form.notes')}
              autosize
              minRows={2}
              maxRows={8}
              maxLength={5_000}
              {...form.getInputProps('notes')}
            />

            {formError && (
              <Text size="sm" c="red" role="alert" data-testid="client-form-error">
                {formError}
              </Text>
            )}
            <Group justify="flex-end" gap="sm" mt="xs">
              <Button variant="default" onClick={onClose} disabled={submitting}>
                {t('form.cancel')}
              </Button>
              <Button type="submit" loading={submitting} data-testid="client-form-submit">
                {editing ? t('form.save') : t('form.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      {duplicates && (
        <DuplicateDialog
          duplicates={duplicates}
          creating={submitting}
          onBack={() => setDuplicates(null)}
          onCreateAnyway={() => void save(form.values, true)}
          onOpen={(id) => {
            setDuplicates(null);
            onOpenExisting?.(id);
          }}
        />
      )}
    </>
  );
}
