import { useParams, type LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { modulesQuery } from '@/features/timetable/api/get-modules';
import { NextModuleCard } from '@/features/timetable/components/next-module-card';
import { ModuleSummaryList } from '@/features/timetable/components/module-summary-list';
import { requireUser } from '@/lib/firebase/session';
import { queryClient } from '@/lib/query-client';

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  await queryClient.ensureQueryData(modulesQuery(params['cohortId'] ?? ''));
  return null;
}

export function Component() {
  const cohortId = useParams()['cohortId'] ?? '';
  return (
    <>
      <PageTitle>Dashboard</PageTitle>
      <h1>Dashboard</h1>
      <NextModuleCard cohortId={cohortId} />
      <section aria-labelledby="programme-heading" className="section">
        <h2 id="programme-heading">Your programme</h2>
        <ModuleSummaryList cohortId={cohortId} />
      </section>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
