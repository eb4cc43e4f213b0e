import { useState, type ReactNode } from 'react';
import { UnsavedDraftsDialog } from '@/features/journal/components/unsaved-drafts-dialog';
import type { Draft } from '@/features/journal/drafts/draft-store';
import { isOwnDevice } from '@/lib/own-device';
import { draftsAtRisk, signOutOfDevice } from './sign-out';

/**
 * Signing out from any signed-in screen: while text exists only on this device, the person is
 * asked first (the dialog it returns), so no screen can sign out past their drafts.
 */
export function useSignOut(uid: string): { signOut: () => void; dialog: ReactNode } {
  const [unsaved, setUnsaved] = useState<Draft[]>([]);

  async function signOut() {
    const drafts = await draftsAtRisk(uid);
    if (drafts.length > 0) setUnsaved(drafts);
    else await signOutOfDevice();
  }

  return {
    signOut: () => void signOut(),
    dialog:
      unsaved.length > 0 ? (
        <UnsavedDraftsDialog
          drafts={unsaved}
          ownDevice={isOwnDevice()}
          onStay={() => setUnsaved([])}
          onSignOut={() => void signOutOfDevice()}
        />
      ) : null,
  };
}
