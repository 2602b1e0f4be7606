import { Alert, Badge, Code, Group, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TemplateInspectionDto } from '../../../src-shared/templates/template-schemas';

type Location = TemplateInspectionDto['unknown'][number]['location'];

/**
 * Where a finding is. The core's German message often names the place itself already; then only the
 * surrounding text is added.
 */
export function LocationText({
  location,
  message = '',
}: {
  location: Location | undefined;
  message?: string;
}) {
  const { t } = useTranslation('templates');
  if (!location) return null;
  if (message.includes(location.partLabel)) {
    return location.context && !message.includes(location.context) ? (
      <Text size="xs" c="dimmed" component="span">
        „{location.context}“
      </Text>
    ) : null;
  }
  const where =
    location.paragraph === undefined
      ? t('inspection.locationNoParagraph', { part: location.partLabel })
      : t('inspection.location', { part: location.partLabel, paragraph: location.paragraph });
  return (
    <Text size="xs" c="dimmed" component="span">
      {where}
      {location.context ? ` – „${location.context}“` : ''}
    </Text>
  );
}

interface Props {
  inspection: TemplateInspectionDto;
  /** The list of all tags is long: the upload dialog leaves it out, the details drawer shows it. */
  withTags?: boolean;
}

/** What the inspection found: syntax errors (red, the file is refused), unknown placeholders (yellow). */
export function InspectionReport({ inspection, withTags = false }: Props) {
  const { t } = useTranslation('templates');
  const { unknown, syntaxErrors } = inspection;
  return (
    <Stack gap="sm" data-testid="template-inspection">
      {syntaxErrors.length > 0 && (
        <Alert
          color="red"
          variant="light"
          title={t('inspection.errorsTitle')}
          data-testid="inspection-errors"
        >
          <Stack gap={6}>
            <Text size="sm">{t('inspection.refused')}</Text>
            <List size="sm" spacing={6}>
              {syntaxErrors.map((error, index) => (
                <List.Item key={`${error.code}-${index}`}>
                  <Text size="sm" component="span">
                    {error.tag && (
                      <>
                        <Code>{error.tag}</Code>{' '}
                      </>
                    )}
                    {error.message}
                  </Text>{' '}
                  <LocationText location={error.location} message={error.message} />
                </List.Item>
              ))}
            </List>
          </Stack>
        </Alert>
      )}
      {unknown.length > 0 && (
        <Alert
          color="yellow"
          variant="light"
          title={t('inspection.unknownTitle')}
          data-testid="inspection-unknown"
        >
          <Stack gap={6}>
            <Text size="sm">{t('inspection.unknownHint')}</Text>
            <List size="sm" spacing={6}>
              {unknown.map((item, index) => (
                <List.Item key={`${item.tag}-${index}`}>
                  <Text size="sm" component="span">
                    <Code>{item.name}</Code> {item.message}
                    {item.suggestion &&
                      !item.message.includes(item.suggestion) &&
                      ` ${t('inspection.suggestion', { suggestion: item.suggestion })}`}
                  </Text>{' '}
                  <LocationText location={item.location} message={item.message} />
                </List.Item>
              ))}
            </List>
          </Stack>
        </Alert>
      )}
      {syntaxErrors.length === 0 && unknown.length === 0 && (
        <Alert color="teal" variant="light" data-testid="inspection-ok">
          {t('inspection.ok')}
        </Alert>
      )}
      {inspection.clientDataInHeaderOrFooter && (
        <Alert color="blue" variant="light">
          {t('inspection.headerFooterData')}
        </Alert>
      )}
      {inspection.groups.length > 0 && (
        <Group gap={6}>
          <Text size="sm" c="dimmed">
            {t('inspection.groups')}:
          </Text>
          {inspection.groups.map((group) => (
            <Badge key={group} variant="light" color="gray">
              {group}
            </Badge>
          ))}
        </Group>
      )}
      {withTags && <TagTable inspection={inspection} />}
    </Stack>
  );
}

function TagTable({ inspection }: { inspection: TemplateInspectionDto }) {
  const { t } = useTranslation('templates');
  if (inspection.tags.length === 0) return <Text size="sm">{t('inspection.noTags')}</Text>;
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {t('inspection.tagsTitle')}
      </Text>
      <Table striped withTableBorder fz="sm">
        <Table.Tbody>
          {inspection.tags.map((tag, index) => (
            <Table.Tr key={`${tag.tag}-${index}`}>
              <Table.Td>
                <Code>{tag.tag}</Code>
              </Table.Td>
              <Table.Td>{t(`inspection.kinds.${tag.kind}`)}</Table.Td>
              <Table.Td>
                <LocationText location={tag.location} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
