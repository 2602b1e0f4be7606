import { Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import type { GetInputPropsReturnType, UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { landCodes, landNames } from '../../../src-shared/rules/land/land-codes';
import type { OfficeFormValues } from './office-form';

const landOptions = landCodes.map((code) => ({ value: code, label: landNames[code] }));

/** How the fields reach the form holding them: the wizard keeps them under 'office.', Einstellungen at the top. */
export interface OfficeFieldBinding {
  inputProps: (field: keyof OfficeFormValues) => GetInputPropsReturnType;
  land: string;
  setLand: (land: string) => void;
}

export function bindOfficeFields<T>(form: UseFormReturnType<T>, prefix = ''): OfficeFieldBinding {
  const values = form.getValues() as Record<string, unknown>;
  const office = (prefix ? values[prefix.replace(/\.$/, '')] : values) as OfficeFormValues;
  return {
    inputProps: (field) => form.getInputProps(`${prefix}${field}`),
    land: office.land,
    setLand: (land) => form.setFieldValue(`${prefix}land`, land as never),
  };
}

interface Props {
  bind: OfficeFieldBinding;
  /** The wizard shows address and letterhead on separate steps; Einstellungen shows both. */
  part: 'address' | 'letterhead' | 'all';
  readOnly?: boolean;
}

export function OfficeFields({ bind, part, readOnly = false }: Props) {
  const { t } = useTranslation('office');
  const text = (field: keyof OfficeFormValues, extra: { placeholder?: string; maxLength?: number } = {}) => (
    <TextInput
      label={t(`fields.${field}`)}
      readOnly={readOnly}
      maxLength={extra.maxLength ?? 200}
      placeholder={extra.placeholder}
      {...bind.inputProps(field)}
    />
  );
  return (
    <Stack gap="md">
      {part !== 'letterhead' && (
        <Stack gap="sm">
          {part === 'all' && (
            <Title order={4} size="h6">
              {t('sections.address')}
            </Title>
          )}
          <TextInput
            label={t('fields.name')}
            placeholder={t('fields.namePlaceholder')}
            withAsterisk={!readOnly}
            readOnly={readOnly}
            maxLength={200}
            data-autofocus
            {...bind.inputProps('name')}
          />
          <TextInput
            label={t('fields.street')}
            withAsterisk={!readOnly}
            readOnly={readOnly}
            maxLength={200}
            {...bind.inputProps('street')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              label={t('fields.postalCode')}
              withAsterisk={!readOnly}
              readOnly={readOnly}
              maxLength={5}
              inputMode="numeric"
              {...bind.inputProps('postalCode')}
            />
            <TextInput
              label={t('fields.city')}
              withAsterisk={!readOnly}
              readOnly={readOnly}
              maxLength={100}
              style={{ gridColumn: 'span 2' }}
              {...bind.inputProps('city')}
            />
          </SimpleGrid>
          <Select
            label={t('fields.land')}
            placeholder={t('fields.landPlaceholder')}
            description={t('fields.landHint')}
            data={landOptions}
            withAsterisk={!readOnly}
            readOnly={readOnly}
            searchable
            allowDeselect={false}
            {...bind.inputProps('land')}
            value={bind.land || null}
            onChange={(value) => bind.setLand(value ?? '')}
          />
        </Stack>
      )}
      {part !== 'address' && (
        <Stack gap="sm">
          {part === 'all' && (
            <Title order={4} size="h6" mt="xs">
              {t('sections.letterhead')}
            </Title>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {text('phone', { maxLength: 50 })}
            {text('fax', { maxLength: 50 })}
            {text('email')}
            {text('website')}
            {text('kammer', { placeholder: t('fields.kammerPlaceholder') })}
            {text('ustId', { maxLength: 20 })}
            {text('bankName', { maxLength: 100 })}
            {text('iban', { maxLength: 42 })}
            {text('bic', { maxLength: 11 })}
          </SimpleGrid>
          <Textarea
            label={t('fields.letterFooter')}
            description={t('fields.letterFooterHint')}
            readOnly={readOnly}
            autosize
            minRows={2}
            maxRows={5}
            maxLength={2000}
            {...bind.inputProps('letterFooter')}
          />
        </Stack>
      )}
    </Stack>
  );
}
