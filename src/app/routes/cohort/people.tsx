import { useParams, type LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { membersQuery } from '@/features/cohorts/api/get-members';
import { PeopleList } from '@/features/cohorts/components/people-list';
import { requireUser } from '@/lib/firebase/session';
import { queryClient } from '@/lib/query-client';

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  await queryClient.ensureQueryData(membersQuery(params['cohortId'] ?? ''));
  return null;
}

export function Component() {
  const cohortId = useParams()['cohortId'] ?? '';
  return (
    <>
      <PageTitle>Cohort</PageTitle>
      <h1>Cohort</h1>
      <p className="lead">
        The people you are learning with. Shared reflections will appear here too.
      </p>
      <PeopleList cohortId={cohortId} />
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
