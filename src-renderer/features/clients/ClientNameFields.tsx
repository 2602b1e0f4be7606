import { Autocomplete, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { commonTitles, salutationLabels, salutations } from '../../../src-shared/clients/client-enums';
import { legalForms, registerTypeNames, registerTypes } from '../../../src-shared/rules/legal-forms';
import type { ClientForm } from './form-types';

const salutationOptions = salutations.map((value) => ({ value, label: salutationLabels[value] }));

function legalFormOptions(kind: 'person' | 'company') {
  return legalForms
    .filter((form) => (kind === 'person' ? form.kind === 'person' : form.kind !== 'person'))
    .map((form) => ({
      value: form.code,
      label: form.abbreviation ? `${form.abbreviation} – ${form.name}` : form.name,
    }));
}

const registerTypeOptions = registerTypes.map((value) => ({
  value,
  label: `${value} – ${registerTypeNames[value]}`,
}));

/** Anrede, Titel, names and birth data of a person. */
export function PersonNameFields({ form }: { form: ClientForm }) {
  const { t } = useTranslation('clients');
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('form.salutation')}
          data={salutationOptions}
          clearable
          placeholder={t('form.noneSelected')}
          {...form.getInputProps('salutation')}
        />
        <Autocomplete
          label={t('form.personTitle')}
          data={[...commonTitles]}
          maxLength={60}
          {...form.getInputProps('title')}
        />
        <Select
          label={t('form.legalForm')}
          data={legalFormOptions('person')}
          clearable
          searchable
          placeholder={t('form.noneSelected')}
          {...form.getInputProps('legalForm')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('form.firstName')}
          maxLength={100}
          data-autofocus
          {...form.getInputProps('firstName')}
        />
        <TextInput
          label={t('form.lastName')}
          withAsterisk
          maxLength={100}
          {...form.getInputProps('lastName')}
        />
        <TextInput label={t('form.birthName')} maxLength={100} {...form.getInputProps('birthName')} />
        <TextInput
          label={t('form.birthDate')}
          placeholder={t('form.datePlaceholder')}
          maxLength={10}
          {...form.getInputProps('birthDate')}
        />
      </SimpleGrid>
    </>
  );
}

/** Firma, Rechtsform and Handelsregister of a company. */
export function CompanyNameFields({ form }: { form: ClientForm }) {
  const { t } = useTranslation('clients');
  return (
    <>
      <TextInput
        label={t('form.companyName')}
        placeholder={t('form.companyPlaceholder')}
        withAsterisk
        maxLength={200}
        data-autofocus
        {...form.getInputProps('companyName')}
      />
      <Select
        label={t('form.legalForm')}
        data={legalFormOptions('company')}
        clearable
        searchable
        placeholder={t('form.noneSelected')}
        {...form.getInputProps('legalForm')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput label={t('form.registerCourt')} maxLength={100} {...form.getInputProps('registerCourt')} />
        <Select
          label={t('form.registerType')}
          data={registerTypeOptions}
          clearable
          placeholder={t('form.noneSelected')}
          {...form.getInputProps('registerType')}
        />
        <TextInput
          label={t('form.registerNumber')}
          maxLength={30}
          {...form.getInputProps('registerNumber')}
        />
      </SimpleGrid>
    </>
  );
}
