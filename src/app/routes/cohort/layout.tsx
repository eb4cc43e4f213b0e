import { data, Outlet, useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { AppShell } from '@/components/layouts/app-shell';
import { paths } from '@/config/paths';
import { signOutOfPortal } from '@/features/auth/api/session-actions';
import { myCohortsQuery } from '@/features/cohorts/api/get-my-cohorts';
import { cohortQuery, myRoleQuery } from '@/features/cohorts/api/get-cohort';
import { rememberChosenCohort } from '@/lib/chosen-cohort';
import { isProgrammeAdmin, requireUser } from '@/lib/firebase/session';
import { queryClient } from '@/lib/query-client';

const roleLabels = {
  participant: 'participant',
  facilitator: 'facilitator',
  admin: 'programme team',
} as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const cohortId = params['cohortId'] ?? '';
  const admin = await isProgrammeAdmin(user);
  const role = admin ? null : await queryClient.ensureQueryData(myRoleQuery(cohortId, user.uid));
  if (!admin && !role) {
    throw data('This cohort does not exist, or you are not a member of it.', { status: 403 });
  }
  const [cohort, myCohorts] = await Promise.all([
    queryClient.ensureQueryData(cohortQuery(cohortId)),
    queryClient.ensureQueryData(myCohortsQuery(user.uid, admin)),
  ]);
  rememberChosenCohort(user.uid, cohortId);
  return {
    cohortId,
    cohortName: cohort.name,
    personName: user.displayName ?? user.email ?? 'You',
    roleLabel: roleLabels[role ?? 'admin'],
    canSwitchCohort: myCohorts.length > 1,
  };
}

export function Component() {
  const shell = useLoaderData<typeof loader>();
  const navigate = useNavigate();

  async function handleSignOut() {
    await signOutOfPortal();
    queryClient.clear();
    navigate(paths.signIn(), { replace: true });
  }

  return (
    <AppShell {...shell} onSignOut={handleSignOut}>
      <Outlet />
    </AppShell>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
