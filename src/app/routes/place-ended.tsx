import { redirect, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { PublicLayout } from '@/components/layouts/public-layout';
import { paths } from '@/config/paths';
import { DownloadMyData } from '@/features/data-rights/components/download-my-data';
import { myDeparturesQueryOptions } from '@/features/departures/api/get-my-departures';
import { PlaceEnded } from '@/features/departures/components/place-ended';
import { requireUser } from '@/lib/firebase/session';
import { queryClient } from '@/lib/query-client';
import { signOutOfDevice } from '../sign-out-flow';

// Someone removed from a cohort, in their grace period, lands here instead of in a cohort.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const places = await queryClient.fetchQuery(myDeparturesQueryOptions(user.uid));
  if (places.length === 0) throw redirect(paths.home());
  return { places };
}

export function Component() {
  const { places } = useLoaderData<typeof loader>();
  const title =
    places.length === 1
      ? 'Your place in the cohort has ended'
      : 'Your places in cohorts have ended';
  return (
    <PublicLayout title={title} wide>
      {places.map((place) => (
        <PlaceEnded key={place.id} place={place} />
      ))}
      <DownloadMyData />
      <p>
        <button type="button" className="button secondary" onClick={() => void signOutOfDevice()}>
          Sign out
        </button>
      </p>
    </PublicLayout>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
