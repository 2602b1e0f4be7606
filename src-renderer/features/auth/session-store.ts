import { create } from 'zustand';
import type { AppError } from '../../../src-shared/errors/app-error';
import type { SessionInfo } from '../../../src-shared/ipc/contracts/auth';
import type { UserSettings } from '../../../src-shared/ipc/contracts/users';
import { api } from '../../api/client';
import { asAppError } from '../../api/notify';
import { onSessionLost, reportSessionResumed } from '../../api/session-events';

interface SessionState {
  /** null until the first answer of the core. */
  session: SessionInfo | null;
  /** The core could not be asked at all (bridge missing, core closed). */
  loadError: AppError | null;
  /** Why the session was locked or ended, shown on the lock or login screen. */
  notice: string | null;
  /** Set by the first-start wizard: the login form greets the new administrator. */
  setupDone: { officeName: string; username: string } | null;
  refresh: () => Promise<void>;
  /** Takes the answer of login/unlock/lock; a session that became active resumes refused screens. */
  apply: (session: SessionInfo) => void;
  applySettings: (settings: UserSettings) => void;
  setupFinished: (officeName: string, username: string) => void;
}

export const useSession = create<SessionState>()((set, get) => ({
  session: null,
  loadError: null,
  notice: null,
  setupDone: null,
  refresh: async () => {
    try {
      get().apply(await api.auth.session());
    } catch (error) {
      set({ loadError: asAppError(error) });
    }
  },
  apply: (session) => {
    const previous = get().session;
    const before = previous?.status;
    // The poll mostly brings the same answer; keeping the old object spares every screen a render.
    if (previous && JSON.stringify(previous) === JSON.stringify(session) && get().loadError === null) return;
    set({
      session,
      loadError: null,
      notice: session.status === 'active' ? null : get().notice,
    });
    if (session.status === 'active' && before !== 'active') reportSessionResumed();
  },
  applySettings: (settings) => {
    const session = get().session;
    if (session) set({ session: { ...session, settings } });
  },
  setupFinished: (officeName, username) => set({ setupDone: { officeName, username } }),
}));

// A call refused for want of a session (idle lock, logged out elsewhere) shows its reason and the
// matching screen at once, instead of waiting for the next poll.
onSessionLost((error) => {
  // Screens load in parallel: only the first refused call says why (e.g. "nach 15 Minuten ohne
  // Aktivität"); the ones after it only say that the session is locked. Keep the first.
  if (useSession.getState().notice === null) useSession.setState({ notice: error.userMessage });
  void useSession.getState().refresh();
});

export const currentUser = () => useSession.getState().session?.user ?? null;
