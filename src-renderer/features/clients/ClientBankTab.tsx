import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../src-shared/clients/client-output';
import { formatDate } from '../../i18n/dates';
import { DetailRow, DetailTable } from './DetailRow';

export function ClientBankTab({ client }: { client: ClientDetail }) {
  const { t } = useTranslation('clients');
  const none = t('detail.none');
  if (client.bankAccounts.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('detail.noBankAccounts')}
      </Text>
    );
  }
  return (
    <Stack gap="md">
      {client.bankAccounts.map((account) => (
        <DetailTable key={account.id}>
          <DetailRow label={t('detail.bank.iban')}>
            <Text size="sm" ff="monospace">
              {account.ibanFormatted}
            </Text>
          </DetailRow>
          <DetailRow label={t('detail.bank.bic')}>{account.bic ?? none}</DetailRow>
          <DetailRow label={t('detail.bank.bankName')}>{account.bankName ?? none}</DetailRow>
          <DetailRow label={t('detail.bank.holder')}>{account.accountHolder ?? none}</DetailRow>
          <DetailRow label={t('detail.bank.mandate')}>
            {account.sepaMandateRef
              ? account.sepaMandateDate
                ? t('detail.bank.mandateWithDate', {
                    ref: account.sepaMandateRef,
                    date: formatDate(account.sepaMandateDate),
                  })
                : account.sepaMandateRef
              : none}
          </DetailRow>
        </DetailTable>
      ))}
    </Stack>
  );
}
