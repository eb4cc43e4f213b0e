import { useLoaderData } from 'react-router';
import { PublicLayout } from '@/components/layouts/public-layout';
import { noticeSettingsQuery } from '@/features/notices/api/get-notice-settings';
import { PrivacyNotice } from '@/features/notices/components/privacy-notice';
import { queryClient } from '@/lib/query-client';

// Public: read before signing up, and from every page's footer.
export async function loader() {
  return queryClient.ensureQueryData(noticeSettingsQuery());
}

export function Component() {
  const { controller, cohortMonths } = useLoaderData<typeof loader>();
  return (
    <PublicLayout title="Privacy notice" wide>
      <PrivacyNotice controller={controller} cohortMonths={cohortMonths} />
    </PublicLayout>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
