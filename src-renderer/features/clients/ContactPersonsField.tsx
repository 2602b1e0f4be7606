import { ActionIcon, Button, Fieldset, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { salutationLabels, salutations } from '../../../src-shared/clients/client-enums';
import { emptyContact } from './client-form';
import type { ClientForm } from './form-types';

const salutationOptions = salutations.map((value) => ({ value, label: salutationLabels[value] }));

/** The Ansprechpartner of a company, each with Anrede, name, Funktion and contact data. */
export function ContactPersonsField({ form }: { form: ClientForm }) {
  const { t } = useTranslation('clients');
  return (
    <Stack gap="xs">
      {form.values.contacts.map((row, index) => {
        const path = `contacts.${index}`;
        return (
          <Fieldset key={row.key} variant="filled" p="sm" data-testid="contact-row">
            <Group justify="flex-end" mb={-8}>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('form.removeContact', { index: index + 1 })}
                onClick={() => form.removeListItem('contacts', index)}
              >
                ×
              </ActionIcon>
            </Group>
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
          </Fieldset>
        );
      })}
      <Button
        variant="subtle"
        size="xs"
        style={{ alignSelf: 'flex-start' }}
        onClick={() => form.insertListItem('contacts', emptyContact())}
      >
        {t('form.addContact')}
      </Button>
    </Stack>
  );
}
