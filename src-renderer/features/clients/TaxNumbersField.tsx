import { ActionIcon, Button, Grid, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { taxNumberTypeLabels, taxNumberTypes } from '../../../src-shared/clients/client-enums';
import { emptyTaxNumber, type TaxNumberRow } from './client-form';
import type { ClientForm } from './form-types';
import { useFinanzamtHint } from './use-finanzamt-hint';

const typeOptions = taxNumberTypes.map((value) => ({ value, label: taxNumberTypeLabels[value] }));

function TaxNumberLine({ form, row, index }: { form: ClientForm; row: TaxNumberRow; index: number }) {
  const { t } = useTranslation('clients');
  const hint = useFinanzamtHint(row.value, row.land);
  const path = `taxNumbers.${index}`;
  const valueProps = form.getInputProps(`${path}.value`);
  return (
    <Grid gap="sm" align="flex-start" data-testid="tax-number-row">
      <Grid.Col span={4}>
        <TextInput
          label={t('form.taxNumber')}
          withAsterisk
          maxLength={30}
          description={hint ?? undefined}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          {...valueProps}
          onChange={(event) => {
            // A typed number may belong to another Land: the stored one no longer applies.
            form.setFieldValue(`${path}.land`, null);
            (valueProps.onChange as (e: unknown) => void)(event);
          }}
        />
      </Grid.Col>
      <Grid.Col span={3}>
        <Select
          label={t('form.taxType')}
          data={typeOptions}
          allowDeselect={false}
          {...form.getInputProps(`${path}.taxType`)}
        />
      </Grid.Col>
      <Grid.Col span={2}>
        <TextInput
          label={t('form.validFrom')}
          placeholder={t('form.datePlaceholder')}
          maxLength={10}
          {...form.getInputProps(`${path}.validFrom`)}
        />
      </Grid.Col>
      <Grid.Col span={2}>
        <TextInput
          label={t('form.validTo')}
          placeholder={t('form.datePlaceholder')}
          maxLength={10}
          {...form.getInputProps(`${path}.validTo`)}
        />
      </Grid.Col>
      <Grid.Col span={1} pt={30}>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('form.removeTaxNumber', { index: index + 1 })}
          onClick={() => form.removeListItem('taxNumbers', index)}
        >
          ×
        </ActionIcon>
      </Grid.Col>
    </Grid>
  );
}

/** Several Steuernummern, each with its tax type and validity; the Finanzamt shows as the user types. */
export function TaxNumbersField({ form }: { form: ClientForm }) {
  const { t } = useTranslation('clients');
  return (
    <Stack gap="xs">
      {form.values.taxNumbers.map((row, index) => (
        <TaxNumberLine key={row.key} form={form} row={row} index={index} />
      ))}
      <Button
        variant="subtle"
        size="xs"
        style={{ alignSelf: 'flex-start' }}
        onClick={() => form.insertListItem('taxNumbers', emptyTaxNumber())}
      >
        {t('form.addTaxNumber')}
      </Button>
    </Stack>
  );
}
