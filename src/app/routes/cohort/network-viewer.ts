import { redirect, type LoaderFunctionArgs } from 'react-router';
import { paths } from '@/config/paths';
import { myNetworkProfileQuery } from '@/features/network/api/network-profile';
import { isProgrammeAdmin, requireUser } from '@/lib/firebase/session';
import { queryClient } from '@/lib/query-client';

/** Who is looking at the network: the programme team moderates it without joining. */
export async function loadNetworkViewer({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const admin = await isProgrammeAdmin(user);
  const profile = admin ? null : await queryClient.ensureQueryData(myNetworkProfileQuery(user.uid));
  return { uid: user.uid, admin, profile };
}

/** For screens only members reach: anyone else is sent to the page that explains the network. */
export async function requireNetworkAccess(args: LoaderFunctionArgs) {
  const viewer = await loadNetworkViewer(args);
  if (!viewer.admin && !viewer.profile)
    throw redirect(paths.network(args.params['cohortId'] ?? ''));
  return viewer;
}
