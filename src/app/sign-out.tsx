import { useState, type ReactNode } from 'react';
import { PageTitle } from '@/components/ui/page-title';
import { signOutOfPortal } from '@/features/auth/api/session-actions';
import { UnsavedDraftsDialog } from '@/features/journal/components/unsaved-drafts-dialog';
import { clearAllDrafts, listAllDrafts, type Draft } from '@/features/journal/drafts/draft-store';
import { paths } from '@/config/paths';
import { forgetDeviceCopies, isOwnDevice } from '@/lib/own-device';

/** Text that exists only on this device, which signing out would put at risk. */
const draftsAtRisk = (uid: string): Promise<Draft[]> => listAllDrafts(uid);

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

type SignedInLayoutProps = {
  title: string;
  /** The browser tab's title, where the heading alone would not say whose page it is. */
  documentTitle?: string;
  onSignOut: () => void;
  children: ReactNode;
  wide?: boolean;
  /** A navigation between the pages of one area, shown in the header beneath its first row. */
  nav?: ReactNode;
};

/**
 * The pages a signed-in person reaches outside a cohort (choosing one, the programme team's own).
 * It lives here, not beside the public layout, so the sign-in page carries none of it and the
 * screens that sign out share one chunk.
 */
export function SignedInLayout({
  title,
  documentTitle = title,
  onSignOut,
  children,
  wide = false,
  nav,
}: SignedInLayoutProps) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="public-header signed-in-header">
        <p className="brand">Leadership portal</p>
        <button type="button" className="header-link" onClick={onSignOut}>
          Sign out
        </button>
        {nav}
      </header>
      <main id="main" className="public-page" tabIndex={-1}>
        <PageTitle>{documentTitle}</PageTitle>
        <div className={wide ? 'wide-page' : 'card narrow'}>
          <h1>{title}</h1>
          {children}
        </div>
      </main>
    </>
  );
}
