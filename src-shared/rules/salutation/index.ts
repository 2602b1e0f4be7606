export { buildAddressBlock } from './address-block';
export { buildBriefanrede } from './briefanrede';
export { addressAnrede, fullName } from './person-name';
export { parseTitles } from './titles';
export type { ParsedTitles } from './titles';
export type {
  AddressBlock,
  AddressBlockOptions,
  AddressBlockWarningCode,
  Anrede,
  GreetingOptions,
  PersonName,
  PostalAddress,
  Recipient,
} from './types';
