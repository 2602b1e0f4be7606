import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../src-shared/clients/client-output';
import { landNames } from '../../../src-shared/rules/land';
import { formatDate } from '../../i18n/dates';
import { DetailRow, DetailTable } from './DetailRow';

/** Steuernummern with their Finanzamt, Steuer-ID, USt-IdNr and W-IdNr. */
export function ClientTaxTab({ client }: { client: ClientDetail }) {
  const { t } = useTranslation('clients');
  const none = t('detail.none');
  return (
    <Stack gap="md">
      <Title order={4} size="h6">
        {t('detail.taxNumbers')}
      </Title>
      {client.taxNumbers.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('detail.noTaxNumbers')}
        </Text>
      ) : (
        <Table verticalSpacing={6} data-testid="client-tax-numbers">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('detail.taxNumber.number')}</Table.Th>
              <Table.Th>{t('detail.taxNumber.type')}</Table.Th>
              <Table.Th>{t('detail.taxNumber.finanzamt')}</Table.Th>
              <Table.Th>{t('detail.taxNumber.valid')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {client.taxNumbers.map((tax) => (
              <Table.Tr key={tax.id}>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {tax.printed}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {tax.elster13} · {tax.landName}
                  </Text>
                </Table.Td>
                <Table.Td>{tax.taxTypeLabel}</Table.Td>
                <Table.Td>
                  {tax.finanzamt
                    ? `${tax.finanzamt.displayName} (${tax.bufa})`
                    : t('detail.taxNumber.unknownFinanzamt', { bufa: tax.bufa })}
                </Table.Td>
                <Table.Td>
                  {[
                    tax.validFrom ? t('detail.taxNumber.from', { date: formatDate(tax.validFrom) }) : null,
                    tax.validTo ? t('detail.taxNumber.to', { date: formatDate(tax.validTo) }) : null,
                  ]
                    .filter(Boolean)
                    .join(' ') || none}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <DetailTable>
        {client.kind === 'person' && (
          <DetailRow label={t('detail.fields.steuerId')}>{client.steuerIdFormatted ?? none}</DetailRow>
        )}
        <DetailRow label={t('detail.fields.ustIdNr')}>{client.ustIdNr ?? none}</DetailRow>
        <DetailRow label={t('detail.fields.wIdNr')}>{client.wIdNr ?? none}</DetailRow>
        <DetailRow label={t('detail.fields.finanzamtLand')}>
          {client.finanzamtLand ? landNames[client.finanzamtLand] : none}
        </DetailRow>
      </DetailTable>
    </Stack>
  );
}
