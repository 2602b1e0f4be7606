import type { PlaceholderDefinition } from '../placeholder-types';
import { ansprechpartnerPlaceholders } from './ansprechpartner';
import { auftragPlaceholders } from './auftrag';
import { benutzerPlaceholders } from './benutzer';
import { beraterPlaceholders } from './berater';
import { bescheidPlaceholders } from './bescheid';
import { datumPlaceholders } from './datum';
import { eingabePlaceholders } from './eingabe';
import { finanzamtPlaceholders } from './finanzamt';
import { kanzleiPlaceholders } from './kanzlei';
import { mandantPlaceholders } from './mandant';

/** Every placeholder a template may use, in the order of the documentation. */
export const placeholderRegistry: readonly PlaceholderDefinition[] = [
  ...mandantPlaceholders,
  ...ansprechpartnerPlaceholders,
  ...beraterPlaceholders,
  ...kanzleiPlaceholders,
  ...finanzamtPlaceholders,
  ...auftragPlaceholders,
  ...bescheidPlaceholders,
  ...datumPlaceholders,
  ...benutzerPlaceholders,
  ...eingabePlaceholders,
];

const byKey = new Map(placeholderRegistry.map((definition) => [definition.key, definition]));

export function findPlaceholder(key: string): PlaceholderDefinition | undefined {
  return byKey.get(key);
}

export const isKnownPlaceholder = (key: string): boolean => byKey.has(key);
