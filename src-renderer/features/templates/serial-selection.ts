import type { ClientKind, ClientStatus } from '../../../src-shared/clients/client-enums';

export interface SerialFilter {
  query: string;
  status: ClientStatus | null;
  kind: ClientKind | null;
  beraterId: number | null;
  tag: string | null;
}

export const emptySerialFilter: SerialFilter = {
  query: '',
  status: 'aktiv',
  kind: null,
  beraterId: null,
  tag: null,
};

export type SerialSelection =
  | { clientIds: number[] }
  | {
      filter: {
        query?: string;
        status?: ClientStatus;
        kind?: ClientKind;
        beraterId?: number;
        tag?: string;
      };
    };

/** The selection as the contract takes it: only the filter fields that are set. */
export function toSelection(
  mode: 'filter' | 'pick',
  filter: SerialFilter,
  pickedIds: readonly number[],
): SerialSelection | null {
  if (mode === 'pick') return pickedIds.length > 0 ? { clientIds: [...pickedIds] } : null;
  const query = filter.query.trim();
  return {
    filter: {
      ...(query ? { query } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.beraterId !== null ? { beraterId: filter.beraterId } : {}),
      ...(filter.tag ? { tag: filter.tag } : {}),
    },
  };
}

/** An id for the progress events of one run; randomUUID needs a secure context, this does not. */
export const newTaskId = (): string =>
  `serial-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
