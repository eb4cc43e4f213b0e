import { useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { usePostActions } from '@/features/network/api/noticeboard';
import { NetworkTabs } from '@/features/network/components/network-tabs';
import { Noticeboard } from '@/features/network/components/noticeboard';
import { PostForm } from '@/features/network/components/post-form';
import { useCohortContext } from './cohort-context';
import { requireNetworkAccess } from './network-viewer';

export async function loader(args: LoaderFunctionArgs) {
  const { admin } = await requireNetworkAccess(args);
  return { admin };
}

export function Component() {
  const { cohortId, uid } = useCohortContext();
  const { admin } = useLoaderData<typeof loader>();
  const { create } = usePostActions(uid);
  const navigate = useNavigate();
  return (
    <>
      <PageTitle>Network noticeboard</PageTitle>
      <h1>National network</h1>
      <NetworkTabs cohortId={cohortId} member={!admin} />
      {!admin && (
        <details className="card">
          <summary>Ask the network, or offer something</summary>
          <PostForm
            idPrefix="new-post"
            submitLabel="Post to the network"
            onSubmit={async (draft) => {
              const postId = await create.mutateAsync(draft);
              await navigate(paths.networkPost(cohortId, postId));
            }}
          />
        </details>
      )}
      <Noticeboard cohortId={cohortId} uid={uid} admin={admin} />
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
