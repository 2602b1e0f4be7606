import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { salutationLabels, salutations } from '../../../src-shared/clients/client-enums';
import { emptyContact } from './client-form';
import type { ClientForm } from './form-types';
import { RepeatableRows } from './RepeatableRows';

const salutationOptions = salutations.map((value) => ({ value, label: salutationLabels[value] }));

/** The Ansprechpartner of a company, each with Anrede, name, Funktion and contact data. */
export function ContactPersonsField({ form }: { form: ClientForm }) {
  const { t } = useTranslation('clients');
  return (
    <RepeatableRows
      rows={form.values.contacts}
      testId="contact-row"
      removeLabel={(index) => t('form.removeContact', { index: index + 1 })}
      onRemove={(index) => form.removeListItem('contacts', index)}
      addLabel={t('form.addContact')}
      onAdd={() => form.insertListItem('contacts', emptyContact())}
    >
      {(_row, index) => {
        const path = `contacts.${index}`;
        return (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Select
              label={t('form.salutation')}
              data={salutationOptions}
              clearable
              placeholder={t('form.noneSelected')}
              {...form.getInputProps(`${path}.salutation`)}
            />
            <TextInput
              label={t('form.personTitle')}
              maxLength={60}
              {...form.getInputProps(`${path}.title`)}
            />
            <TextInput
              label={t('form.contactRole')}
              maxLength={100}
              {...form.getInputProps(`${path}.role`)}
            />
            <TextInput
              label={t('form.firstName')}
              maxLength={100}
              {...form.getInputProps(`${path}.firstName`)}
            />
            <TextInput
              label={t('form.lastName')}
              withAsterisk
              maxLength={100}
              {...form.getInputProps(`${path}.lastName`)}
            />
            <TextInput label={t('form.email')} maxLength={200} {...form.getInputProps(`${path}.email`)} />
            <TextInput label={t('form.phone')} maxLength={40} {...form.getInputProps(`${path}.phone`)} />
            <TextInput label={t('form.mobile')} maxLength={40} {...form.getInputProps(`${path}.mobile`)} />
          </SimpleGrid>
        );
      }}
    </RepeatableRows>
  );
}
