import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { networkCohortsQuery } from '@/features/network/api/network-cohorts';
import { Directory } from '@/features/network/components/directory';
import { NetworkIntro } from '@/features/network/components/network-intro';
import { NetworkTabs } from '@/features/network/components/network-tabs';
import { queryClient } from '@/lib/query-client';
import { useCohortContext } from './cohort-context';
import { loadNetworkViewer } from './network-viewer';

export async function loader(args: LoaderFunctionArgs) {
  const viewer = await loadNetworkViewer(args);
  const member = viewer.admin || viewer.profile !== null;
  if (member) await queryClient.ensureQueryData(networkCohortsQuery());
  return { member, admin: viewer.admin };
}

export function Component() {
  const { cohortId } = useCohortContext();
  const { member, admin } = useLoaderData<typeof loader>();
  return (
    <>
      <PageTitle>National network</PageTitle>
      <h1>National network</h1>
      {member ? (
        <>
          <NetworkTabs cohortId={cohortId} member={!admin} />
          <Directory />
        </>
      ) : (
        <NetworkIntro cohortId={cohortId} />
      )}
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
