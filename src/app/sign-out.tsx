import { useState, type ReactNode } from 'react';
import { PageTitle } from '@/components/ui/page-title';
import type { Draft } from '@/features/journal/drafts/draft-store';
import { isOwnDevice } from '@/lib/own-device';

type SignOutFlow = typeof import('./sign-out-flow');
// Signing out, its check for drafts and its dialog load when the button is pressed, not with every
// signed-in screen (decision 0036); the offline shell keeps them on the device like every file.
const signOutFlow = (): Promise<SignOutFlow> => import('./sign-out-flow');

/**
 * Signing out from any signed-in screen: while text exists only on this device, the person is
 * asked first (the dialog it returns), so no screen can sign out past their drafts.
 */
export function useSignOut(uid: string): { signOut: () => void; dialog: ReactNode } {
  const [asked, setAsked] = useState<{ flow: SignOutFlow; drafts: Draft[] } | null>(null);

  async function signOut() {
    const flow = await signOutFlow();
    const drafts = await flow.draftsAtRisk(uid);
    if (drafts.length > 0) setAsked({ flow, drafts });
    else await flow.signOutOfDevice();
  }

  return {
    signOut: () =>
      void signOut().catch(() =>
        window.alert(
          'You are still signed in: signing out could not finish. Check your connection and try again.',
        ),
      ),
    dialog: asked ? (
      <asked.flow.UnsavedDraftsDialog
        drafts={asked.drafts}
        ownDevice={isOwnDevice()}
        onStay={() => setAsked(null)}
        onSignOut={() => void asked.flow.signOutOfDevice()}
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
