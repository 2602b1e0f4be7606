import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { emptyBankAccount } from './client-form';
import type { ClientForm } from './form-types';
import { RepeatableRows } from './RepeatableRows';

/** IBAN, BIC, Kontoinhaber, Bank and SEPA mandate per account; the first is the primary one. */
export function BankAccountsField({ form }: { form: ClientForm }) {
  const { t } = useTranslation('clients');
  return (
    <RepeatableRows
      rows={form.values.bankAccounts}
      testId="bank-account-row"
      removeLabel={(index) => t('form.removeBankAccount', { index: index + 1 })}
      onRemove={(index) => form.removeListItem('bankAccounts', index)}
      addLabel={t('form.addBankAccount')}
      onAdd={() => form.insertListItem('bankAccounts', emptyBankAccount())}
    >
      {(_row, index) => {
        const path = `bankAccounts.${index}`;
        return (
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
        );
      }}
    </RepeatableRows>
  );
}
