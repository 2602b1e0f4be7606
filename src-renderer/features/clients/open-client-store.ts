import { create } from 'zustand';
import { useRouter } from '../../app/router-store';

interface OpenClientState {
  /** The client whose detail view is open, or null. Other features read it (Posteingang). */
  openClientId: number | null;
  setOpenClientId: (id: number | null) => void;
}

export const useOpenClient = create<OpenClientState>()((set) => ({
  openClientId: null,
  setOpenClientId: (openClientId) => set({ openClientId }),
}));

/** Opens a client's detail view from anywhere in the app, switching to the Mandanten screen. */
export function openClient(id: number): void {
  useOpenClient.getState().setOpenClientId(id);
  useRouter.getState().navigate('clients');
}

export function closeClient(): void {
  useOpenClient.getState().setOpenClientId(null);
}

// The detail view lives on the Mandanten screen: leaving the screen closes it.
useRouter.subscribe((state) => {
  if (state.route !== 'clients' && useOpenClient.getState().openClientId !== null) closeClient();
});
