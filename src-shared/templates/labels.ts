import { taxNumberTypeLabels, type TaxNumberType } from '../clients/client-enums';
import { countryName, parseCountry } from '../clients/countries';
import { orderStatusLabels, type OrderStatus } from '../orders/order-workflow';
import { parsePeriod, periodLabelDe, type TaxPeriod } from '../rules/deadlines';
import type { TemplatePeriod } from './render-input';
import { clean } from './format/text';

function readPeriod(period: TemplatePeriod | null | undefined): TaxPeriod | undefined {
  if (period === null || period === undefined) return undefined;
  if (typeof period === 'string') {
    const parsed = parsePeriod(period);
    return parsed.ok ? parsed.value : undefined;
  }
  if (!Number.isInteger(period.year)) return undefined;
  if (period.month) return { kind: 'month', year: period.year, month: period.month };
  if (period.quarter && period.quarter >= 1 && period.quarter <= 4) {
    return { kind: 'quarter', year: period.year, quarter: period.quarter as 1 | 2 | 3 | 4 };
  }
  return { kind: 'year', year: period.year };
}

/** `2025` (a Veranlagungsjahr needs no "Kalenderjahr"), `4. Quartal 2026`, `Dezember 2026`. */
export function periodText(period: TemplatePeriod | null | undefined): { label: string; year: string } {
  const parsed = readPeriod(period);
  if (parsed === undefined) return { label: typeof period === 'string' ? clean(period) : '', year: '' };
  return {
    label: parsed.kind === 'year' ? String(parsed.year) : periodLabelDe(parsed),
    year: String(parsed.year),
  };
}

export function orderStatusText(status: string | null | undefined): string {
  const text = clean(status);
  return text in orderStatusLabels ? orderStatusLabels[text as OrderStatus] : text;
}

const isTaxNumberType = (code: string): code is TaxNumberType => code in taxNumberTypeLabels;

/** `est` → `Einkommensteuer`; labels stay as given. */
export function taxTypeLabel(taxType: string | null | undefined): string {
  const text = clean(taxType);
  const code = text.toLowerCase();
  return isTaxNumberType(code) && code !== 'allgemein' && code !== 'sonstige'
    ? taxNumberTypeLabels[code]
    : text;
}

/** `Einkommensteuer` → `est`, for picking the matching Steuernummer; undefined when unknown. */
export function taxTypeCode(taxType: string | null | undefined): TaxNumberType | undefined {
  const text = clean(taxType).toLowerCase();
  if (isTaxNumberType(text)) return text;
  const entry = Object.entries(taxNumberTypeLabels).find(([, label]) => label.toLowerCase() === text);
  return entry ? (entry[0] as TaxNumberType) : undefined;
}

/**
 * Name of the Bescheid for a tax type: `Einkommensteuerbescheid`; the Finanzamt issues a
 * Gewerbesteuer- and Grundsteuer*mess*bescheid (the municipality the tax assessment itself).
 */
export function bescheidName(taxType: string): string {
  const code = taxTypeCode(taxType);
  if (code === 'gewst') return 'Gewerbesteuermessbescheid';
  if (code === 'grundsteuer') return 'Grundsteuermessbescheid';
  if (code === 'feststellung') return 'Bescheid über die gesonderte und einheitliche Feststellung';
  const label = taxTypeLabel(taxType);
  if (label === '') return '';
  return /steuer$/i.test(label) ? `${label}bescheid` : `Bescheid über ${label}`;
}

/** German country name in capitals for foreign addresses; '' for Germany or no country. */
export function foreignCountry(country: string | null | undefined): string {
  const text = clean(country);
  if (text === '') return '';
  const code = parseCountry(text);
  if (code === 'DE') return '';
  return (code ? countryName(code) : text).toLocaleUpperCase('de-DE');
}
