import { create } from 'zustand';

export const routeIds = [
  'overview',
  'clients',
  'orders',
  'berater',
  'templates',
  'inbox',
  'settings',
] as const;
export type RouteId = (typeof routeIds)[number];

interface RouterState {
  route: RouteId;
  navigate: (route: RouteId) => void;
}

/** A desktop app has no address bar: the current screen is plain state. */
export const useRouter = create<RouterState>()((set) => ({
  route: 'overview',
  navigate: (route) => set({ route }),
}));
