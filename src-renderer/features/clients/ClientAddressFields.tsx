import { Checkbox, Grid, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientForm } from './form-types';

/** Hausanschrift, optional Postanschrift or Postfach, and the contact data. */
export function ClientAddressFields({ form }: { form: ClientForm }) {
  const { t } = useTranslation('clients');
  return (
    <>
      <TextInput label={t('form.street')} maxLength={120} {...form.getInputProps('street')} />
      <Grid gap="sm">
        <Grid.Col span={3}>
          <TextInput label={t('form.postalCode')} maxLength={10} {...form.getInputProps('postalCode')} />
        </Grid.Col>
        <Grid.Col span={6}>
          <TextInput label={t('form.city')} maxLength={100} {...form.getInputProps('city')} />
        </Grid.Col>
        <Grid.Col span={3}>
          <TextInput
            label={t('form.country')}
            placeholder={t('form.countryHint')}
            maxLength={60}
            {...form.getInputProps('country')}
          />
        </Grid.Col>
      </Grid>
      <Checkbox
        label={t('form.withPostalAddress')}
        {...form.getInputProps('withPostalAddress', { type: 'checkbox' })}
      />
      {form.values.withPostalAddress && (
        <>
          <SimpleGrid cols={2} spacing="sm">
            <TextInput label={t('form.poBox')} maxLength={20} {...form.getInputProps('poBox')} />
            <TextInput
              label={`${t('form.street')} (${t('form.sections.postalAddress')})`}
              maxLength={120}
              {...form.getInputProps('postStreet')}
            />
          </SimpleGrid>
          <Grid gap="sm">
            <Grid.Col span={3}>
              <TextInput
                label={`${t('form.postalCode')} (${t('form.sections.postalAddress')})`}
                maxLength={10}
                {...form.getInputProps('postPostalCode')}
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <TextInput
                label={`${t('form.city')} (${t('form.sections.postalAddress')})`}
                maxLength={100}
                {...form.getInputProps('postCity')}
              />
            </Grid.Col>
            <Grid.Col span={3}>
              <TextInput
                label={`${t('form.country')} (${t('form.sections.postalAddress')})`}
                placeholder={t('form.countryHint')}
                maxLength={60}
                {...form.getInputProps('postCountry')}
              />
            </Grid.Col>
          </Grid>
        </>
      )}
    </>
  );
}

export function ClientContactDataFields({ form }: { form: ClientForm }) {
  const { t } = useTranslation('clients');
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      <TextInput label={t('form.email')} type="email" maxLength={200} {...form.getInputProps('email')} />
      <TextInput label={t('form.phone')} type="tel" maxLength={40} {...form.getInputProps('phone')} />
      <TextInput label={t('form.mobile')} type="tel" maxLength={40} {...form.getInputProps('mobile')} />
    </SimpleGrid>
  );
}
