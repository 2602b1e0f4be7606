export type { RetentionCategory, RetentionRule } from './retention-categories';
export { begIvEffectiveDate, retentionCategories, retentionRules } from './retention-categories';
export type { RetentionInput, RetentionResult } from './retention-period';
export { retentionPeriod } from './retention-period';
