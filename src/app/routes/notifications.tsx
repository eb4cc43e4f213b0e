import { redirect, type LoaderFunctionArgs } from 'react-router';
import { paths } from '@/config/paths';
import { myCohortsQuery } from '@/features/cohorts/api/get-my-cohorts';
import { chosenCohort } from '@/lib/chosen-cohort';
import { isProgrammeAdmin, requireUser } from '@/lib/firebase/session';
import { queryClient } from '@/lib/query-client';

// Emails link here, with no cohort in the address: open the settings inside the person's cohort.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const cohorts = await queryClient.ensureQueryData(
    myCohortsQuery(user.uid, await isProgrammeAdmin(user)),
  );
  const remembered = chosenCohort(user.uid);
  const cohortId =
    cohorts.find((cohort) => cohort.cohortId === remembered)?.cohortId ?? cohorts[0]?.cohortId;
  throw redirect(cohortId ? paths.notifications(cohortId) : paths.noCohort());
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
