import { useEffect, useRef, type ComponentType } from 'react';
import { data, NavLink, useLoaderData, useLocation, type LoaderFunctionArgs } from 'react-router';
import { adminPages, adminPath } from '@/config/admin-pages';
import { programmeTeamStanding, requireUser } from '@/lib/firebase/session';
import { SignedInLayout, useSignOut } from '../../sign-out';

/** What each page of the programme team's exports: its heading, its reads and itself. */
export type AdminPageModule = {
  title: string;
  load: (uid: string) => Promise<unknown>;
  Page: ComponentType<{ uid: string }>;
};

export const OVERVIEW_TITLE = 'Programme team';

/*
 * The team's pages are one route, /admin/*, that opens each page's own module on demand. Seven
 * routes in the router would add their addresses and preload lists to the app's first script,
 * which the sign-in page loads, and that page's JavaScript must not grow (decision 0038).
 */
const pages = new Map<string, () => Promise<AdminPageModule>>([
  ['', () => import('./overview')],
  ['cohorts', () => import('./cohorts')],
  ['programmes', () => import('./programmes')],
  ['people', () => import('./people')],
  ['privacy', () => import('./privacy')],
  ['audit-log', () => import('./audit-log')],
  ['problems', () => import('./problems')],
]);

// Each page's module once its loader has run, so the page renders without waiting again.
const opened = new Map<string, AdminPageModule>();
// Someone new to the team sees only this, from the people page: the second factor's form is then
// in one chunk, shared with nothing the sign-in page loads.
let setUpYourPhone: ComponentType<{ uid: string }> | undefined;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const segment = (params['*'] ?? '').replace(/\/$/, '');
  const user = await requireUser(request);
  const standing = await programmeTeamStanding(user);
  if (standing === 'none') throw data('This page is for the programme team.', { status: 403 });
  const open = pages.get(segment);
  if (!open) throw data(null, { status: 404 });
  // Until the phone is set up the rules refuse the team's reads, so none is made.
  if (standing === 'needs-second-factor') {
    setUpYourPhone = (await import('./people')).FirstSetUpYourPhone;
    return { uid: user.uid, segment, ready: false };
  }
  const page = await open();
  await page.load(user.uid);
  opened.set(segment, page);
  return { uid: user.uid, segment, ready: true };
}

export function Component() {
  const { uid, segment, ready } = useLoaderData<typeof loader>();
  const page = opened.get(segment);
  if (!ready && setUpYourPhone) {
    const SetUpYourPhone = setUpYourPhone;
    return <SetUpYourPhone uid={uid} />;
  }
  return page ? <ProgrammeTeamPages uid={uid} page={page} /> : null;
}

function ProgrammeTeamPages({ uid, page }: { uid: string; page: AdminPageModule }) {
  const { signOut, dialog } = useSignOut(uid);
  const location = useLocation();
  const firstRender = useRef(true);
  const { title, Page } = page;

  // Moving between the team's pages keeps the header, so focus goes to the new page's heading for
  // screen readers to announce it, as in a cohort.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [location.pathname]);

  return (
    <SignedInLayout
      onSignOut={signOut}
      title={title}
      documentTitle={title === OVERVIEW_TITLE ? title : `${title} · ${OVERVIEW_TITLE}`}
      nav={<AdminNav />}
      wide
    >
      <Page uid={uid} />
      {dialog}
    </SignedInLayout>
  );
}

/**
 * One row of links beneath the header. On a phone the row scrolls sideways rather than wrapping,
 * so the header stays two rows tall; the current page is scrolled into sight.
 */
function AdminNav() {
  const list = useRef<HTMLUListElement>(null);
  const location = useLocation();

  useEffect(() => {
    const row = list.current;
    const current = row?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!row || !current) return;
    const start = current.offsetLeft;
    const end = start + current.offsetWidth;
    if (start < row.scrollLeft || end > row.scrollLeft + row.clientWidth) {
      row.scrollLeft = start - row.clientWidth / 4;
    }
  }, [location.pathname]);

  return (
    <nav aria-label="Programme team pages" className="admin-nav">
      <ul ref={list}>
        {adminPages.map((page) => (
          <li key={page.segment}>
            <NavLink to={adminPath(page.segment)} end={page.segment === ''}>
              {page.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
