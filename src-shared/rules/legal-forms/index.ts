export { getLegalForm, legalForms, registerTypeNames, registerTypes } from './catalogue';
export type {
  CataloguedLegalForm,
  LegalForm,
  LegalFormCode,
  LegalFormGroup,
  PartyKind,
  RegisterType,
  TaxRegime,
} from './catalogue';
export { detectLegalForm, hasLegalForm } from './detect-legal-form';
export type { DetectedLegalForm } from './detect-legal-form';
export { registerCourts, resolveRegisterCourt } from './register-courts';
export { parseRegisterNumber } from './register-number';
export type {
  RegisterNumberErrorCode,
  RegisterNumberOptions,
  RegisterNumberResult,
  RegisterNumberWarning,
  RegisterNumberWarningCode,
} from './register-number';
