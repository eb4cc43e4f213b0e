import { data, Outlet, useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { AppShell } from '@/components/layouts/app-shell';
import { paths } from '@/config/paths';
import { signOutOfPortal } from '@/features/auth/api/session-actions';
import { cohortQuery, myRoleQuery } from '@/features/cohorts/api/get-cohort';
import { myCohortsQuery } from '@/features/cohorts/api/get-my-cohorts';
import { rememberChosenCohort } from '@/lib/chosen-cohort';
import { isProgrammeAdmin, requireUser } from '@/lib/firebase/session';
import { queryClient } from '@/lib/query-client';
import { lastShell, rememberShell, type ShellSnapshot } from '@/lib/shell-cache';

const roleLabels = {
  participant: 'participant',
  facilitator: 'facilitator',
  admin: 'programme team',
} as const;

async function loadShell(cohortId: string, uid: string, admin: boolean): Promise<ShellSnapshot> {
  const role = admin ? null : await queryClient.ensureQueryData(myRoleQuery(cohortId, uid));
  if (!admin && !role) {
    throw data('This cohort does not exist, or you are not a member of it.', { status: 403 });
  }
  const [cohort, myCohorts] = await Promise.all([
    queryClient.ensureQueryData(cohortQuery(cohortId)),
    queryClient.ensureQueryData(myCohortsQuery(uid, admin)),
  ]);
  return {
    cohortName: cohort.name,
    role: role ?? 'admin',
    canSwitchCohort: myCohorts.length > 1,
    archived: cohort.archived,
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const cohortId = params['cohortId'] ?? '';
  const remembered = lastShell(user.uid, cohortId);
  // Without a connection, the shell the person last saw here is enough to reach their drafts.
  const shell =
    !navigator.onLine && remembered
      ? remembered
      : await loadShell(cohortId, user.uid, await isProgrammeAdmin(user));
  rememberChosenCohort(user.uid, cohortId);
  rememberShell(user.uid, cohortId, shell);
  return {
    cohortId,
    ...shell,
    uid: user.uid,
    personName: user.displayName ?? user.email ?? 'You',
    roleLabel: roleLabels[shell.role],
  };
}

export function Component() {
  const { cohortId, cohortName, personName, roleLabel, canSwitchCohort, role, archived } =
    useLoaderData<typeof loader>();
  const navigate = useNavigate();

  async function handleSignOut() {
    await signOutOfPortal();
    queryClient.clear();
    navigate(paths.signIn(), { replace: true });
  }

  return (
    <AppShell
      cohortId={cohortId}
      cohortName={cohortName}
      personName={personName}
      roleLabel={roleLabel}
      canSwitchCohort={canSwitchCohort}
      isStaff={role !== 'participant'}
      archived={archived}
      onSignOut={handleSignOut}
    >
      <Outlet />
    </AppShell>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
