import { signOutOfPortal } from '@/features/auth/api/session-actions';
import { clearAllDrafts, listAllDrafts, type Draft } from '@/features/journal/drafts/draft-store';
import { paths } from '@/config/paths';
import { forgetDeviceCopies, isOwnDevice } from '@/lib/own-device';

export { UnsavedDraftsDialog } from '@/features/journal/components/unsaved-drafts-dialog';

/** Text that exists only on this device, which signing out would put at risk. */
export const draftsAtRisk = (uid: string): Promise<Draft[]> => listAllDrafts(uid);

/**
 * Signs out. On a device that is not the person's own, every local copy goes too: drafts, the
 * remembered cohort and shell, and any Firestore cache. The full page load that follows drops
 * whatever was still held in memory.
 */
export async function signOutOfDevice(): Promise<void> {
  await signOutOfPortal();
  if (!isOwnDevice()) {
    await clearAllDrafts();
    await forgetDeviceCopies();
  }
  window.location.assign(paths.signIn());
}
