import { Link, useLoaderData, useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { usePost } from '@/features/network/api/noticeboard';
import { NetworkTabs } from '@/features/network/components/network-tabs';
import { PostThread } from '@/features/network/components/post-thread';
import { useCohortContext } from './cohort-context';
import { requireNetworkAccess } from './network-viewer';

export async function loader(args: LoaderFunctionArgs) {
  const { admin } = await requireNetworkAccess(args);
  return { admin };
}

export function Component() {
  const { cohortId, uid } = useCohortContext();
  const { admin } = useLoaderData<typeof loader>();
  const postId = useParams()['postId'] ?? '';
  const post = usePost(postId);
  const navigate = useNavigate();
  return (
    <>
      <PageTitle>{post.data?.title ?? 'Network post'}</PageTitle>
      <h1>National network</h1>
      <NetworkTabs cohortId={cohortId} member={!admin} />
      <p>
        <Link to={paths.noticeboard(cohortId)}>Back to the noticeboard</Link>
      </p>
      {post.isPending ? (
        <Loading label="Loading the post…" />
      ) : post.isError ? (
        <Alert tone="error">We could not load this post. Try again in a moment.</Alert>
      ) : post.data === null ? (
        <Alert tone="info">This post has been removed, or is no longer shown.</Alert>
      ) : (
        <PostThread
          post={post.data}
          viewer={{ uid, admin }}
          onDeleted={() => void navigate(paths.noticeboard(cohortId))}
        />
      )}
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
