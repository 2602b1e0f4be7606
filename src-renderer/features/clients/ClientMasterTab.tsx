import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../src-shared/clients/client-output';
import { formatDate, formatDateTime } from '../../i18n/dates';
import { DetailRow, DetailTable } from './DetailRow';

const lines = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join('\n');

/** Stammdaten: names, Rechtsform, addresses, Berater, Merkmale, Notizen. */
export function ClientMasterTab({ client }: { client: ClientDetail }) {
  const { t } = useTranslation('clients');
  const none = t('detail.none');
  const isPerson = client.kind === 'person';
  const address = lines(
    client.address.street,
    [client.address.postalCode, client.address.city].filter(Boolean).join(' '),
    client.address.country === 'DE' ? null : client.address.countryName,
  );
  const post = client.postalAddress;
  const postText = post
    ? lines(
        post.poBox ? `Postfach ${post.poBox}` : post.street,
        [post.postalCode, post.city].filter(Boolean).join(' '),
        post.country === 'DE' ? null : post.countryName,
      )
    : null;
  return (
    <DetailTable label={t('detail.tabs.master')}>
      <DetailRow label={t('detail.fields.clientNumber')}>{client.clientNumber}</DetailRow>
      <DetailRow label={t('detail.fields.kind')}>{t(`kind.${client.kind}`)}</DetailRow>
      {isPerson ? (
        <>
          <DetailRow label={t('detail.fields.name')}>
            {[client.title, client.firstName, client.lastName].filter(Boolean).join(' ')}
          </DetailRow>
          <DetailRow label={t('detail.fields.birthName')}>{client.birthName ?? none}</DetailRow>
          <DetailRow label={t('detail.fields.birthDate')}>
            {client.birthDate ? formatDate(client.birthDate) : none}
          </DetailRow>
          <DetailRow label={t('detail.fields.partner')}>
            {client.partner ? `${client.partner.displayName} (${client.partner.clientNumber})` : none}
          </DetailRow>
        </>
      ) : (
        <>
          <DetailRow label={t('detail.fields.name')}>{client.companyName}</DetailRow>
          <DetailRow label={t('detail.fields.register')}>{client.registerFull ?? none}</DetailRow>
        </>
      )}
      <DetailRow label={t('detail.fields.legalForm')}>{client.legalFormName ?? none}</DetailRow>
      <DetailRow label={t('detail.fields.address')}>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }} data-testid="client-address">
          {address || none}
        </Text>
      </DetailRow>
      {postText && (
        <DetailRow label={t('detail.fields.postalAddress')}>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {postText}
          </Text>
        </DetailRow>
      )}
      <DetailRow label={t('detail.fields.letter')}>
        <Stack gap={0}>
          {client.letter.addressLines.map((line, index) => (
            <Text size="sm" key={`${index}-${line}`}>
              {line}
            </Text>
          ))}
          <Text size="sm" c="dimmed" mt={4}>
            {client.letter.greeting}
          </Text>
        </Stack>
      </DetailRow>
      <DetailRow label={t('detail.fields.berater')}>{client.beraterName ?? none}</DetailRow>
      <DetailRow label={t('detail.fields.tags')}>
        {client.tags.length > 0 ? (
          <Group gap={4}>
            {client.tags.map((tag) => (
              <Badge key={tag} variant="light" size="sm">
                {tag}
              </Badge>
            ))}
          </Group>
        ) : (
          none
        )}
      </DetailRow>
      <DetailRow label={t('detail.fields.notes')}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {client.notes ?? none}
        </Text>
      </DetailRow>
      <DetailRow label={t('detail.fields.created')}>{formatDateTime(client.createdAt)}</DetailRow>
      <DetailRow label={t('detail.fields.updated')}>{formatDateTime(client.updatedAt)}</DetailRow>
    </DetailTable>
  );
}
