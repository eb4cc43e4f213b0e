import { redirect, type LoaderFunctionArgs } from 'react-router';
import { paths } from '@/config/paths';
import { acceptPendingInvitations } from '@/features/cohorts/api/accept-invitations';
import { cohortKeys } from '@/features/cohorts/api/cohort-keys';
import { myCohortsQuery } from '@/features/cohorts/api/get-my-cohorts';
import { myDeparturesQueryOptions } from '@/features/departures/api/get-my-departures';
import { chosenCohort } from '@/lib/chosen-cohort';
import { programmeTeamStanding, requireUser } from '@/lib/firebase/session';
import { queryClient } from '@/lib/query-client';

// Sends each person to the cohort they belong to, the one they chose last, or the chooser.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const standing = await programmeTeamStanding(user);
  const admin = standing === 'member';
  if (!user.emailVerified && !admin) throw redirect(paths.verifyEmail());
  // An invitation waiting for this address is accepted on arrival, so the person lands in their cohort.
  if ((await acceptPendingInvitations(user)) > 0) {
    await queryClient.invalidateQueries({ queryKey: cohortKeys.mine(user.uid) });
  }
  const cohorts = await queryClient.ensureQueryData(myCohortsQuery(user.uid, admin));
  const remembered = chosenCohort(user.uid);
  const only = cohorts.length === 1 ? cohorts[0] : undefined;
  // A new member of the team has no cohort yet: their first step is their phone, on /admin.
  if (cohorts.length === 0 && standing === 'needs-second-factor') throw redirect(paths.admin());
  if (cohorts.length === 0) {
    const ended = await queryClient.fetchQuery(myDeparturesQueryOptions(user.uid));
    throw redirect(ended.length > 0 ? paths.placeEnded() : paths.noCohort());
  }
  if (remembered && cohorts.some((cohort) => cohort.cohortId === remembered)) {
    throw redirect(paths.cohort(remembered));
  }
  if (only) throw redirect(paths.cohort(only.cohortId));
  throw redirect(paths.chooseCohort());
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
