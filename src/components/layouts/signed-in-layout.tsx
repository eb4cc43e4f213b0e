import type { ReactNode } from 'react';
import { PageTitle } from '@/components/ui/page-title';

type SignedInLayoutProps = {
  title: string;
  onSignOut: () => void;
  children: ReactNode;
  wide?: boolean;
};

/**
 * The pages a signed-in person reaches outside a cohort (choosing one, the programme team's own).
 * Kept apart from the public layout so the sign-in page carries none of it.
 */
export function SignedInLayout({ title, onSignOut, children, wide = false }: SignedInLayoutProps) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="public-header signed-in-header">
        <p className="brand">Collaborative leadership portal</p>
        <button type="button" className="header-link" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      <main id="main" className="public-page" tabIndex={-1}>
        <PageTitle>{title}</PageTitle>
        <div className={wide ? 'wide-page' : 'card narrow'}>
          <h1>{title}</h1>
          {children}
        </div>
      </main>
    </>
  );
}
