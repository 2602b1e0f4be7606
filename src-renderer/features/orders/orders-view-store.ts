import { create } from 'zustand';
import type { OrderPriority, OrderStatus } from '../../../src-shared/orders/order-workflow';
import { todayLocal } from '../../i18n/dates';
import { useSession } from '../auth/session-store';

export type OrdersView = 'list' | 'kanban' | 'calendar';

export interface OrderFilters {
  query: string;
  status: OrderStatus[];
  beraterId: number | null;
  clientId: number | null;
  /** Shown in the Mandant filter without asking the core again. */
  clientLabel: string | null;
  orderTypeId: number | null;
  priority: OrderPriority[];
  dueFrom: string | null;
  dueTo: string | null;
}

export const noFilters: OrderFilters = {
  query: '',
  status: [],
  beraterId: null,
  clientId: null,
  clientLabel: null,
  orderTypeId: null,
  priority: [],
  dueFrom: null,
  dueTo: null,
};

interface OrdersViewState {
  view: OrdersView;
  filters: OrderFilters;
  /** 'YYYY-MM' shown by the calendar. */
  month: string;
  includeClosed: boolean;
  /** The order whose details are open, if any. */
  openOrderId: number | null;
  /** Bumped after every change so list, board and calendar load again. */
  reloadToken: number;
  setView: (view: OrdersView) => void;
  setFilters: (patch: Partial<OrderFilters>) => void;
  resetFilters: () => void;
  setMonth: (month: string) => void;
  setIncludeClosed: (value: boolean) => void;
  openOrder: (id: number | null) => void;
  reload: () => void;
}

/** Survives leaving the screen, so the user comes back to the same view and filters. */
export const useOrdersView = create<OrdersViewState>()((set) => ({
  view: 'list',
  filters: noFilters,
  month: todayLocal().slice(0, 7),
  includeClosed: false,
  openOrderId: null,
  reloadToken: 0,
  setView: (view) => set({ view }),
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  resetFilters: () => set({ filters: noFilters }),
  setMonth: (month) => set({ month }),
  setIncludeClosed: (includeClosed) => set({ includeClosed }),
  openOrder: (openOrderId) => set({ openOrderId }),
  reload: () => set((s) => ({ reloadToken: s.reloadToken + 1 })),
}));

// Whoever logs in next starts with the list and no filters of the previous user.
useSession.subscribe((state, previous) => {
  if (state.session?.user?.id !== previous.session?.user?.id) {
    useOrdersView.setState({ view: 'list', filters: noFilters, openOrderId: null });
  }
});
