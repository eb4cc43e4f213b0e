import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';

type PublicLayoutProps = { title: string; children: ReactNode; wide?: boolean };

export function PublicLayout({ title, children, wide = false }: PublicLayoutProps) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="public-header">
        <p className="brand">Leadership portal</p>
      </header>
      <main id="main" className="public-page" tabIndex={-1}>
        <PageTitle>{title}</PageTitle>
        <div className={wide ? 'wide-page' : 'card narrow'}>
          <h1>{title}</h1>
          {children}
        </div>
      </main>
      <footer className="app-footer">
        <Link to={paths.privacy()}>Privacy</Link> ·{' '}
        <Link to={paths.accessibility()}>Accessibility</Link>
      </footer>
    </>
  );
}
