import { Badge, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type ReviewState = 'sicher' | 'unsicher' | 'fehlt';

const colors: Record<ReviewState, string> = { sicher: 'green', unsicher: 'yellow', fehlt: 'gray' };

interface Evidence {
  page: number;
  snippet: string;
}

interface Props {
  state: ReviewState | null;
  note?: string | undefined;
  evidence?: readonly Evidence[] | undefined;
  testId?: string;
}

/** sicher (green) / unsicher (yellow) / fehlt (grey); the note and where it was found as tooltip. */
export function StateBadge({ state, note, evidence = [], testId }: Props) {
  const { t } = useTranslation('inbox');
  if (!state) return null;
  const badge = (
    <Badge
      color={colors[state]}
      variant={state === 'fehlt' ? 'outline' : 'light'}
      size="sm"
      data-testid={testId}
      data-state={state}
      aria-label={t(`reviewStateHints.${state}`)}
      style={{ flexShrink: 0 }}
    >
      {t(`reviewStates.${state}`)}
    </Badge>
  );
  const lines = [
    ...(note ? [note] : []),
    ...evidence.slice(0, 2).map((e) => t('review.evidence', { page: e.page, snippet: e.snippet })),
  ];
  if (lines.length === 0) return badge;
  return (
    <Tooltip
      multiline
      w={360}
      withArrow
      label={
        <Stack gap={4}>
          {lines.map((line) => (
            <Text key={line} size="xs">
              {line}
            </Text>
          ))}
        </Stack>
      }
    >
      {badge}
    </Tooltip>
  );
}
