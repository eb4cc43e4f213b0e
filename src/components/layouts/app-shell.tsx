import { useEffect, useRef, type ReactNode } from 'react';
import { Link, NavLink, useLocation, useNavigation } from 'react-router';
import { cohortSections, paths } from '@/config/paths';

type AppShellProps = {
  cohortId: string;
  cohortName: string;
  personName: string;
  roleLabel: string;
  canSwitchCohort: boolean;
  isStaff: boolean;
  archived: boolean;
  /** How many things are new since the person last looked; none for the programme team. */
  newCount: number | null;
  onSignOut: () => void;
  children: ReactNode;
};

export function AppShell({
  cohortId,
  cohortName,
  personName,
  roleLabel,
  canSwitchCohort,
  isStaff,
  archived,
  newCount,
  onSignOut,
  children,
}: AppShellProps) {
  const location = useLocation();
  const navigation = useNavigation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

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

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <div className="identity">
            <Link to={paths.cohort(cohortId)} className="brand">
              Collaborative leadership portal
            </Link>
            <p className="cohort-name">{cohortName}</p>
          </div>
          <div className="account">
            <p className="person">
              {personName} <span className="role">({roleLabel})</span>
            </p>
            {canSwitchCohort && (
              <Link to={paths.chooseCohort()} className="header-link">
                Switch cohort
              </Link>
            )}
            {newCount !== null && (
              <Link to={`${paths.cohort(cohortId)}#whats-new`} className="header-link">
                What’s new
                {newCount > 0 && (
                  <span className="new-count">
                    {newCount}
                    <span className="visually-hidden"> new</span>
                  </span>
                )}
              </Link>
            )}
            <Link to={paths.account(cohortId)} className="header-link">
              Your account
            </Link>
            <Link to={paths.notifications(cohortId)} className="header-link">
              Notifications
            </Link>
            <Link to={paths.yourData(cohortId)} className="header-link">
              Your data
            </Link>
            <button type="button" className="header-link" onClick={onSignOut}>
              Sign out
            </button>
          </div>
        </div>
        <nav aria-label="Main" className="main-nav">
          <ul>
            {cohortSections
              .filter((section) => isStaff || !section.staffOnly)
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
        <p>Building collaborative leadership across health and care organisations</p>
      </footer>
    </>
  );
}
