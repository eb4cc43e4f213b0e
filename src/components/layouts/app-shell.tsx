import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, NavLink, useLocation, useNavigation } from 'react-router';
import { cohortSections } from '@/config/cohort-sections';
import { paths } from '@/config/paths';
import type { ShellSnapshot } from '@/lib/shell-cache';

type AppShellProps = {
  cohortId: string;
  cohortName: string;
  portalName: string;
  programmeDescription: string;
  personName: string;
  roleLabel: string;
  canSwitchCohort: boolean;
  role: ShellSnapshot['role'];
  archived: boolean;
  /** How many things are new since the person last looked; none for the programme team. */
  newCount: number | null;
  onSignOut: () => void;
  children: ReactNode;
};

export function AppShell({
  cohortId,
  cohortName,
  portalName,
  programmeDescription,
  personName,
  roleLabel,
  canSwitchCohort,
  role,
  archived,
  newCount,
  onSignOut,
  children,
}: AppShellProps) {
  const location = useLocation();
  const navigation = useNavigation();
  const mainRef = useRef<HTMLElement>(null);
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  const firstRender = useRef(true);
  // The menu belongs to the page it was opened on, so choosing a destination from it closes it.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === location.pathname;
  const isStaff = role !== 'participant';

  // After client-side navigation, move focus to the new page's heading so screen readers announce it.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [location.pathname]);

  // Escape closes the open menu from wherever focus is, and focus goes back to its button.
  useEffect(() => {
    if (!menuOpen) return;
    function closeOnEscape(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      setMenuOpenOn(null);
      menuButtonRef.current?.focus();
    }
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [menuOpen]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <div className="identity">
            <Link to={paths.cohort(cohortId)} className="brand">
              {portalName}
            </Link>
            <p className="cohort-name">{cohortName}</p>
          </div>
          {newCount !== null && (
            <Link to={`${paths.cohort(cohortId)}#whats-new`} className="header-link whats-new">
              What’s new
              {newCount > 0 && (
                <span className="new-count">
                  {newCount}
                  <span className="visually-hidden"> new</span>
                </span>
              )}
            </Link>
          )}
          {/* Shown only on a phone, where the destinations below would fill a third of the screen. */}
          <button
            ref={menuButtonRef}
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls="site-menu"
            onClick={() => setMenuOpenOn(menuOpen ? null : location.pathname)}
          >
            Menu
          </button>
          <div id="site-menu" className={menuOpen ? 'site-menu open' : 'site-menu'}>
            <nav aria-label="Main" className="main-nav">
              <ul>
                {cohortSections
                  .filter((section) => role === 'facilitator' || !section.facilitatorsOnly)
                  .map((section) => (
                    <li key={section.segment}>
                      <NavLink
                        to={paths.cohort(cohortId, section.segment)}
                        end={section.segment === ''}
                      >
                        {section.label}
                      </NavLink>
                    </li>
                  ))}
              </ul>
            </nav>
            <div className="account">
              <p className="person">
                {personName} <span className="role">({roleLabel})</span>
              </p>
              {!isStaff && (
                <Link to={paths.learningRecord(cohortId)} className="header-link">
                  Learning record
                </Link>
              )}
              <Link to={paths.account(cohortId)} className="header-link">
                Your account
              </Link>
              <Link to={paths.notifications(cohortId)} className="header-link">
                Email settings
              </Link>
              <Link to={paths.yourData(cohortId)} className="header-link">
                Your data
              </Link>
              {canSwitchCohort && (
                <Link to={paths.chooseCohort()} className="header-link">
                  Switch cohort
                </Link>
              )}
              {role === 'admin' && (
                <Link to={paths.admin()} className="header-link">
                  Programme team
                </Link>
              )}
              <button type="button" className="header-link" onClick={onSignOut}>
                Sign out
              </button>
            </div>
          </div>
        </div>
      </header>
      <div className="progress" aria-hidden={navigation.state === 'idle'}>
        {navigation.state !== 'idle' && <span className="progress-bar" />}
      </div>
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        {archived && (
          <p className="alert alert-info">
            This cohort has finished and is archived: everything stays readable, and nothing can be
            changed.
          </p>
        )}
        {children}
      </main>
      <footer className="app-footer">
        <p>{programmeDescription}</p>
        <p>
          <Link to={paths.privacy()}>Privacy</Link> ·{' '}
          <Link to={paths.accessibility()}>Accessibility</Link>
        </p>
      </footer>
    </>
  );
}
