import { Badge, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Screen } from '../../app/Screen';

interface Props {
  feature: 'templates' | 'inbox';
}

export function PlaceholderScreen({ feature }: Props) {
  const { t } = useTranslation('placeholder');
  const { t: tShell } = useTranslation('shell');
  return (
    <Screen title={tShell(`nav.${feature}`)} testId={`screen-${feature}`}>
      <Paper withBorder p="xl" maw={640}>
        <Stack gap="sm" align="flex-start">
          <Badge variant="light" color="gray">
            {t('comingSoon')}
          </Badge>
          <Text>{t(`text.${feature}`)}</Text>
          <Text size="sm" c="dimmed">
            {t('hint')}
          </Text>
        </Stack>
      </Paper>
    </Screen>
  );
}
