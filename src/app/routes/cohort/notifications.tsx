import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import {
  notificationSettingsQuery,
  useNotificationSettings,
  useSaveNotificationSettings,
} from '@/features/notifications/api/notification-settings';
import { NotificationSettingsForm } from '@/features/notifications/components/notification-settings-form';
import { requireUser } from '@/lib/firebase/session';
import { queryClient } from '@/lib/query-client';

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  await queryClient.ensureQueryData(notificationSettingsQuery(user.uid));
  return { uid: user.uid, email: user.email ?? '' };
}

export function Component() {
  const { uid, email } = useLoaderData<typeof loader>();
  const { data: choices } = useNotificationSettings(uid);
  const save = useSaveNotificationSettings(uid);
  return (
    <>
      <PageTitle>Email settings</PageTitle>
      <h1>Email settings</h1>
      <p className="lead">
        Choose which emails the portal sends to {email || 'you'}. Everything stays in the portal
        whatever you choose; emails never carry what anyone wrote in a reflection or a reply.
      </p>
      <NotificationSettingsForm choices={choices} onSave={(next) => save.mutateAsync(next)} />
      <p className="hint">
        Every email also has a link to stop that kind of email at once, without signing in.
        Invitations to a cohort are always sent.
      </p>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
