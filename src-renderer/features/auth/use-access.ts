import { accessLevels, type Access } from '../../../src-shared/ipc/access';
import { useSession } from './session-store';

const rank = (access: Access) => accessLevels.indexOf(access);

/**
 * Whether the logged-in user's role reaches the right. The UI hides or disables what the core
 * would refuse anyway; the core's check is the one that counts.
 */
export function useCan(access: Access): boolean {
  const granted = useSession((s) => s.session?.access ?? null);
  return granted !== null && rank(granted) >= rank(access);
}
