import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { salutationLabels } from '../../../src-shared/clients/client-enums';
import type { ClientDetail } from '../../../src-shared/clients/client-output';
import { DetailRow, DetailTable } from './DetailRow';

/** E-Mail and telephone of the client, and a company's Ansprechpartner. */
export function ClientContactsTab({ client }: { client: ClientDetail }) {
  const { t } = useTranslation('clients');
  const none = t('detail.none');
  return (
    <Stack gap="md">
      <Title order={4} size="h6">
        {t('detail.contactData')}
      </Title>
      <DetailTable>
        <DetailRow label={t('detail.fields.email')}>{client.email ?? none}</DetailRow>
        <DetailRow label={t('detail.fields.phone')}>{client.phone ?? none}</DetailRow>
        <DetailRow label={t('detail.fields.mobile')}>{client.mobile ?? none}</DetailRow>
      </DetailTable>
      {client.kind === 'company' && (
        <>
          <Title order={4} size="h6">
            {t('detail.contactPersons')}
          </Title>
          {client.contacts.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('detail.noContacts')}
            </Text>
          ) : (
            <Table verticalSpacing={6} data-testid="client-contacts">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('detail.contact.name')}</Table.Th>
                  <Table.Th>{t('detail.contact.role')}</Table.Th>
                  <Table.Th>{t('detail.contact.email')}</Table.Th>
                  <Table.Th>{t('detail.contact.phone')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {client.contacts.map((contact) => (
                  <Table.Tr key={contact.id}>
                    <Table.Td>
                      {[
                        contact.salutation && contact.salutation !== 'keine-angabe'
                          ? salutationLabels[contact.salutation]
                          : null,
                        contact.title,
                        contact.firstName,
                        contact.lastName,
                      ]
                        .filter(Boolean)
                        .join(' ')}
                    </Table.Td>
                    <Table.Td>{contact.role ?? ''}</Table.Td>
                    <Table.Td>{contact.email ?? ''}</Table.Td>
                    <Table.Td>{[contact.phone, contact.mobile].filter(Boolean).join(', ')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
    </Stack>
  );
}
