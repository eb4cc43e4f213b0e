import { data, Outlet, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { AppShell } from '@/components/layouts/app-shell';
import { namePortal } from '@/components/ui/page-title';
import { cohortQuery } from '@/features/cohorts/api/get-cohort';
import { myCohortsQuery } from '@/features/cohorts/api/get-my-cohorts';
import { prefetchNoticeSeen } from '@/features/notices/api/notice-seen';
import { NoticeChangedBanner } from '@/features/notices/components/notice-changed-banner';
import { unseenItems, useWhatsNew } from '@/features/whats-new/api/whats-new';
import { rememberChosenCohort } from '@/lib/chosen-cohort';
import { isProgrammeAdmin, requireUser } from '@/lib/firebase/session';
import type { Cohort } from '@/lib/firestore/schemas';
import { queryClient } from '@/lib/query-client';
import { lastShell, rememberShell, type ShellSnapshot } from '@/lib/shell-cache';
import { useSignOut } from '../../sign-out';

const roleLabels = {
  participant: 'participant',
  facilitator: 'facilitator',
  admin: 'programme team',
} as const;

// The cohort carries what its pages show of the programme, so no second read (decision 0031). A
// cohort made before it did shows none until its programme is next saved: "Leadership portal".
function programmeOf({ programme }: Cohort) {
  return {
    programmeName: programme?.name ?? '',
    programmeDescription: programme?.description ?? '',
    programmeDirector: programme?.directorName ?? '',
  };
}

async function loadShell(cohortId: string, uid: string, admin: boolean): Promise<ShellSnapshot> {
  if (admin) {
    const [cohort, everyCohort] = await Promise.all([
      queryClient.ensureQueryData(cohortQuery(cohortId)),
      queryClient.ensureQueryData(myCohortsQuery(uid, true)),
    ]);
    return {
      cohortName: cohort.name,
      ...programmeOf(cohort),
      role: 'admin',
      canSwitchCohort: everyCohort.length > 1,
      archived: cohort.archived,
    };
  }
  // One query over a member's own memberships says their role, the cohort and whether there are
  // others; the screens' loaders share it, and find the cohort in the cache, unread again.
  const mine = await queryClient.ensureQueryData(myCohortsQuery(uid, false));
  const here = mine.find((cohort) => cohort.cohortId === cohortId);
  if (!here || here.role === 'programme team') {
    throw data('This cohort does not exist, or you are not a member of it.', { status: 403 });
  }
  queryClient.setQueryData(cohortQuery(cohortId).queryKey, here);
  return {
    cohortName: here.name,
    ...programmeOf(here),
    role: here.role,
    canSwitchCohort: mine.length > 1,
    archived: here.archived,
    ...(here.memberName ? { memberName: here.memberName } : {}),
    ...(here.joinedOn ? { joinedOn: here.joinedOn } : {}),
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const cohortId = params['cohortId'] ?? '';
  const remembered = lastShell(user.uid, cohortId);
  const noticeSeen = navigator.onLine ? prefetchNoticeSeen(user.uid) : undefined;
  // Without a connection, the shell the person last saw here is enough to reach their drafts.
  const shell =
    !navigator.onLine && remembered
      ? remembered
      : await loadShell(cohortId, user.uid, await isProgrammeAdmin(user));
  await noticeSeen;
  rememberChosenCohort(user.uid, cohortId);
  rememberShell(user.uid, cohortId, shell);
  const portalName = shell.programmeName ? `${shell.programmeName} portal` : 'Leadership portal';
  namePortal(portalName);
  return {
    cohortId,
    ...shell,
    portalName,
    programmeDescription: shell.programmeDescription ?? '',
    programmeName: shell.programmeName ?? '',
    programmeDirector: shell.programmeDirector ?? '',
    uid: user.uid,
    personName: shell.memberName ?? user.displayName ?? user.email ?? 'You',
    roleLabel: roleLabels[shell.role],
  };
}

export function Component() {
  const {
    cohortId,
    cohortName,
    portalName,
    programmeDescription,
    personName,
    roleLabel,
    canSwitchCohort,
    role,
    archived,
    uid,
  } = useLoaderData<typeof loader>();
  const member = role !== 'admin';
  const { data: news } = useWhatsNew(cohortId, uid, member);
  const { signOut, dialog } = useSignOut(uid);

  return (
    <AppShell
      cohortId={cohortId}
      cohortName={cohortName}
      portalName={portalName}
      programmeDescription={programmeDescription}
      personName={personName}
      roleLabel={roleLabel}
      canSwitchCohort={canSwitchCohort}
      role={role}
      archived={archived}
      newCount={member ? unseenItems(news).length : null}
      onSignOut={signOut}
    >
      <NoticeChangedBanner uid={uid} />
      <Outlet />
      {dialog}
    </AppShell>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
