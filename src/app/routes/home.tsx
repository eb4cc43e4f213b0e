import { redirect, type LoaderFunctionArgs } from 'react-router';
import { paths } from '@/config/paths';
import { myCohortsQuery } from '@/features/cohorts/api/get-my-cohorts';
import { chosenCohort } from '@/lib/chosen-cohort';
import { isProgrammeAdmin, requireUser } from '@/lib/firebase/session';
import { queryClient } from '@/lib/query-client';

// Sends each person to the cohort they belong to, the one they chose last, or the chooser.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const cohorts = await queryClient.ensureQueryData(
    myCohortsQuery(user.uid, await isProgrammeAdmin(user)),
  );
  const remembered = chosenCohort(user.uid);
  const only = cohorts.length === 1 ? cohorts[0] : undefined;
  if (cohorts.length === 0) throw redirect(paths.noCohort());
  if (remembered && cohorts.some((cohort) => cohort.cohortId === remembered)) {
    throw redirect(paths.cohort(remembered));
  }
  if (only) throw redirect(paths.cohort(only.cohortId));
  throw redirect(paths.chooseCohort());
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
