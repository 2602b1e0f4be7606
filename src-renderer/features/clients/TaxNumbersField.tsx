import { ActionIcon, Button, Grid, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { taxNumberTypeLabels, taxNumberTypes } from '../../../src-shared/clients/client-enums';
import type { FinanzamtSummary } from '../../../src-shared/clients/client-output';
import { landNames } from '../../../src-shared/rules/land';
import { steuernummerFormats } from '../../../src-shared/rules/steuernummer';
import { emptyTaxNumber, landForRow, type TaxNumberRow } from './client-form';
import { finanzamtAddress, FinanzamtSearch } from './FinanzamtSearch';
import type { ClientForm } from './form-types';
import { useFinanzamtHint, type FinanzamtHint } from './use-finanzamt-hint';

const typeOptions = taxNumberTypes.map((value) => ({ value, label: taxNumberTypeLabels[value] }));

/**
 * The printed layout of the Finanzamt's Land with its own digits filled in: `214/BBBB/UUUP` for
 * Köln-Altstadt (the F slots are the BUFA without the Land's leading digits).
 */
export function printedLayoutFor(office: FinanzamtSummary): string {
  const format = steuernummerFormats[office.land];
  const own = office.bufa.slice(format.stateDigits.length);
  const slots = [...format.pattern].filter((slot) => slot === 'F').length;
  if (own.length !== slots) return format.pattern;
  const digits = [...own];
  return [...format.pattern].map((slot) => (slot === 'F' ? (digits.shift() ?? slot) : slot)).join('');
}

/** Name, address and phone of the Finanzamt the typed number belongs to. */
function FinanzamtDetails({ hint, chosen }: { hint: FinanzamtHint; chosen: FinanzamtSummary | null }) {
  const { t } = useTranslation('clients');
  const { office, bufa } = hint;
  if (!office) return <span data-testid="finanzamt-hint">{t('form.finanzamtUnknown', { bufa })}</span>;
  const address = finanzamtAddress(office);
  return (
    <span data-testid="finanzamt-hint">
      {t('form.finanzamtHint', { name: office.displayName, bufa, land: landNames[office.land] })}
      {address && (
        <>
          <br />
          {address}
        </>
      )}
      {office.phone && (
        <>
          <br />
          {t('form.finanzamtPhone', { phone: office.phone })}
        </>
      )}
      {chosen && chosen.bufa !== bufa && (
        <Text component="span" size="xs" c="orange.8" display="block">
          {t('form.finanzamtMismatch', { chosen: chosen.displayName })}
        </Text>
      )}
    </span>
  );
}

function TaxNumberLine({ form, row, index }: { form: ClientForm; row: TaxNumberRow; index: number }) {
  const { t } = useTranslation('clients');
  const hint = useFinanzamtHint(row.value, row.land, row.finanzamt);
  const path = `taxNumbers.${index}`;
  const valueProps = form.getInputProps(`${path}.value`);
  const empty = row.value.trim() === '';
  const layout = row.finanzamt ? printedLayoutFor(row.finanzamt) : null;
  const description =
    empty && row.finanzamt && layout
      ? t('form.taxNumberFormat', {
          land: landNames[row.finanzamt.land],
          layout,
          example: steuernummerFormats[row.finanzamt.land].example,
        })
      : hint && <FinanzamtDetails hint={hint} chosen={row.finanzamt} />;
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="tax-number-row">
      <Grid gap="sm" align="flex-start">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <FinanzamtSearch
            label={t('form.finanzamtSearch')}
            placeholder={t('form.finanzamtSearchPlaceholder')}
            value={row.finanzamt}
            onChange={(office) => {
              form.setFieldValue(`${path}.finanzamt`, office);
              form.setFieldValue(`${path}.land`, landForRow(row.value, office?.land ?? null));
            }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 11, sm: 5 }}>
          <TextInput
            label={t('form.taxNumber')}
            withAsterisk
            maxLength={30}
            placeholder={layout ?? undefined}
            description={description || undefined}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            {...valueProps}
            onChange={(event) => {
              // The chosen Finanzamt's Land applies only where the typed number fits it.
              form.setFieldValue(
                `${path}.land`,
                landForRow(event.currentTarget.value, row.finanzamt?.land ?? null),
              );
              (valueProps.onChange as (e: unknown) => void)(event);
            }}
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
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <Select
            label={t('form.taxType')}
            data={typeOptions}
            allowDeselect={false}
            {...form.getInputProps(`${path}.taxType`)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 4 }}>
          <TextInput
            label={t('form.validFrom')}
            placeholder={t('form.datePlaceholder')}
            maxLength={10}
            {...form.getInputProps(`${path}.validFrom`)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 4 }}>
          <TextInput
            label={t('form.validTo')}
            placeholder={t('form.datePlaceholder')}
            maxLength={10}
            {...form.getInputProps(`${path}.validTo`)}
          />
        </Grid.Col>
      </Grid>
    </Paper>
  );
}

/**
 * Several Steuernummern, each with its Finanzamt (searchable directory), tax type and validity; the
 * Finanzamt the typed number belongs to shows with address and phone as the user types.
 */
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
