import { ActionIcon, Button, Fieldset, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { emptyBankAccount } from './client-form';
import type { ClientForm } from './form-types';

/** IBAN, BIC, Kontoinhaber, Bank and SEPA mandate per account; the first is the primary one. */
export function BankAccountsField({ form }: { form: ClientForm }) {
  const { t } = useTranslation('clients');
  return (
    <Stack gap="xs">
      {form.values.bankAccounts.map((row, index) => {
        const path = `bankAccounts.${index}`;
        return (
          <Fieldset key={row.key} variant="filled" p="sm" data-testid="bank-account-row">
            <Group justify="flex-end" mb={-8}>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('form.removeBankAccount', { index: index + 1 })}
                onClick={() => form.removeListItem('bankAccounts', index)}
              >
                ×
              </ActionIcon>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('form.iban')}
                withAsterisk
                maxLength={42}
                {...form.getInputProps(`${path}.iban`)}
              />
              <TextInput label={t('form.bic')} maxLength={15} {...form.getInputProps(`${path}.bic`)} />
              <TextInput
                label={t('form.accountHolder')}
                maxLength={140}
                {...form.getInputProps(`${path}.accountHolder`)}
              />
              <TextInput
                label={t('form.bankName')}
                maxLength={100}
                {...form.getInputProps(`${path}.bankName`)}
              />
              <TextInput
                label={t('form.sepaMandateRef')}
                maxLength={35}
                {...form.getInputProps(`${path}.sepaMandateRef`)}
              />
              <TextInput
                label={t('form.sepaMandateDate')}
                placeholder={t('form.datePlaceholder')}
                maxLength={10}
                {...form.getInputProps(`${path}.sepaMandateDate`)}
              />
            </SimpleGrid>
          </Fieldset>
        );
      })}
      <Button
        variant="subtle"
        size="xs"
        style={{ alignSelf: 'flex-start' }}
        onClick={() => form.insertListItem('bankAccounts', emptyBankAccount())}
      >
        {t('form.addBankAccount')}
      </Button>
    </Stack>
  );
}
