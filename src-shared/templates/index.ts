export { formatCents, formatEuro, formatNumber, parseDecimal } from './format/amount';
export type { AmountInput } from './format/amount';
export { formatDatum, formatDatumLang, formatDatumWochentag, readDate } from './format/date';
export type { DateInput } from './format/date';
export { clean, initials, joinNonEmpty, sanitizeText } from './format/text';
export { templateFilterFunctions, templateFilters } from './filters';
export type { TemplateFilter } from './filters';
export { missingDataReport } from './missing-data';
export type { MissingValue, SectionRef, TagUsage } from './missing-data';
export { normalizeOverride } from './overrides';
export type { OverrideValue, RenderOverrides } from './overrides';
export { placeholderDocs } from './placeholder-docs';
export {
  placeholderGroupDescriptions,
  placeholderGroups,
  placeholderTypeLabels,
  placeholderTypes,
} from './placeholder-types';
export type {
  LoopField,
  PlaceholderDefinition,
  PlaceholderGroup,
  PlaceholderType,
} from './placeholder-types';
export { findPlaceholder, isKnownPlaceholder, placeholderRegistry } from './registry';
export { buildRenderData } from './render-data';
export type {
  RenderInput,
  TemplateAuftrag,
  TemplateBankAccount,
  TemplateBenutzer,
  TemplateBerater,
  TemplateBescheid,
  TemplateKanzlei,
  TemplateKontakt,
  TemplateMandant,
  TemplatePeriod,
  TemplatePostalAddress,
  TemplateTaxNumber,
  TemplateUnterlage,
} from './render-input';
export { getRenderValue, isEmptyValue } from './render-values';
export type { LoopItem, RenderData, RenderValue } from './render-values';
