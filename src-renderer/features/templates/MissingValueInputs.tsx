import { Checkbox, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../app/DateField';
import type { MissingValue, OverrideInput } from './letter-overrides';

interface Props {
  fields: readonly MissingValue[];
  values: Readonly<Record<string, OverrideInput>>;
  onChange: (key: string, value: OverrideInput) => void;
}

/** One input per missing value; what is typed applies to this one document only. */
export function MissingValueInputs({ fields, values, onChange }: Props) {
  const { t } = useTranslation('templates');
  return (
    <Stack gap="xs" data-testid="missing-inputs">
      {fields.map((field) => {
        const value = values[field.key];
        const text = typeof value === 'string' ? value : '';
        const label = `${field.label} (${field.group})`;
        switch (field.type) {
          case 'condition':
            return (
              <Checkbox
                key={field.key}
                label={label}
                checked={value === true}
                onChange={(e) => onChange(field.key, e.currentTarget.checked)}
              />
            );
          case 'date':
            return (
              <DateField
                key={field.key}
                label={label}
                value={text === '' ? null : text}
                onChange={(date) => onChange(field.key, date ?? '')}
              />
            );
          case 'loop':
          case 'block':
            return (
              <Textarea
                key={field.key}
                label={label}
                description={field.type === 'loop' ? t('letter.loopHint') : undefined}
                value={text}
                onChange={(e) => onChange(field.key, e.currentTarget.value)}
                autosize
                minRows={2}
                maxRows={8}
              />
            );
          default:
            return (
              <TextInput
                key={field.key}
                label={label}
                value={text}
                onChange={(e) => onChange(field.key, e.currentTarget.value)}
                inputMode={field.type === 'amount' ? 'decimal' : undefined}
                placeholder={field.type === 'amount' ? '1.234,56' : undefined}
              />
            );
        }
      })}
    </Stack>
  );
}
