import { create } from 'zustand';
import type { Berater } from '../../../src-shared/ipc/contracts/berater';
import type { OrderType } from '../../../src-shared/ipc/contracts/orders';
import { api } from '../../api/client';
import { notifyError } from '../../api/notify';

export interface DirectoryUser {
  id: number;
  displayName: string;
  active: boolean;
}

interface LookupsState {
  orderTypes: OrderType[];
  berater: Berater[];
  users: DirectoryUser[];
  loaded: boolean;
  /** Loads order types, Berater and the user directory for pickers, filters and names. */
  load: () => Promise<void>;
}

export const useLookups = create<LookupsState>()((set) => ({
  orderTypes: [],
  berater: [],
  users: [],
  loaded: false,
  load: async () => {
    try {
      const [types, berater, users] = await Promise.all([
        api.orderTypes.list({ includeInactive: true }),
        api.berater.list({ includeInactive: true }),
        api.users.directory(),
      ]);
      set({ orderTypes: types.items, berater: berater.items, users: users.items, loaded: true });
    } catch (error) {
      notifyError(error);
    }
  },
}));

/** Picker options: active entries, plus the one already chosen even if it was deactivated since. */
export function beraterOptions(berater: Berater[], keep?: number | null) {
  return berater
    .filter((b) => b.active || b.id === keep)
    .map((b) => ({ value: String(b.id), label: b.name }));
}

export function userOptions(users: DirectoryUser[], keep?: number | null) {
  return users
    .filter((u) => u.active || u.id === keep)
    .map((u) => ({ value: String(u.id), label: u.displayName }));
}

export function orderTypeOptions(types: OrderType[], keep?: number | null) {
  return types.filter((t) => t.active || t.id === keep).map((t) => ({ value: String(t.id), label: t.name }));
}
