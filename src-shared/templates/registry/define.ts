import type { PlaceholderDefinition, PlaceholderGroup } from '../placeholder-types';

type Entry = Omit<PlaceholderDefinition, 'group'>;

/** Adds the group to a list of entries, so each registry file names its group once. */
export const inGroup = (group: PlaceholderGroup, entries: readonly Entry[]): PlaceholderDefinition[] =>
  entries.map((entry) => ({ ...entry, group }));
