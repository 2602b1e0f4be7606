import { AppError } from '../../src-shared/errors/app-error';

/** Codes of the core's guard meaning "this window has no usable session": the gate shows why. */
const sessionLostCodes = new Set(['session_locked', 'not_logged_in', 'setup_required']);

export function isSessionError(error: unknown): boolean {
  return (
    AppError.is(error) && error.kind === 'unauthenticated' && sessionLostCodes.has(error.details?.code ?? '')
  );
}

type LostListener = (error: AppError) => void;
type ResumedListener = () => void;

const lostListeners = new Set<LostListener>();
const resumedListeners = new Set<ResumedListener>();

/** The session store listens here, so any refused call (idle lock, restart) brings up the right screen. */
export function onSessionLost(listener: LostListener): () => void {
  lostListeners.add(listener);
  return () => lostListeners.delete(listener);
}

export function reportSessionLost(error: AppError): void {
  for (const listener of lostListeners) listener(error);
}

/** After unlock or login: screens whose data was refused meanwhile load again. */
export function onSessionResumed(listener: ResumedListener): () => void {
  resumedListeners.add(listener);
  return () => resumedListeners.delete(listener);
}

export function reportSessionResumed(): void {
  for (const listener of resumedListeners) listener();
}
