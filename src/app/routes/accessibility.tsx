import { useLoaderData } from 'react-router';
import { PublicLayout } from '@/components/layouts/public-layout';
import { noticeSettingsQuery } from '@/features/notices/api/get-notice-settings';
import { AccessibilityStatement } from '@/features/notices/components/accessibility-statement';
import { queryClient } from '@/lib/query-client';

// Public: the contact for problems is the one the programme team gave for the privacy notice.
export async function loader() {
  return queryClient.ensureQueryData(noticeSettingsQuery());
}

export function Component() {
  const { controller } = useLoaderData<typeof loader>();
  return (
    <PublicLayout title="Accessibility statement" wide>
      <AccessibilityStatement controller={controller} />
    </PublicLayout>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
