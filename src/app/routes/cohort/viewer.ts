import type { LoaderFunctionArgs } from 'react-router';
import { myRoleQuery } from '@/features/cohorts/api/get-cohort';
import { requireUser } from '@/lib/firebase/session';
import { queryClient } from '@/lib/query-client';

/**
 * Who is looking at a cohort screen, for loaders: only participants have readings, goals and a
 * journal to prefetch, and asking for someone else's would be refused by the rules.
 */
export async function loadViewer({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const cohortId = params['cohortId'] ?? '';
  const role = navigator.onLine
    ? await queryClient.ensureQueryData(myRoleQuery(cohortId, user.uid))
    : null;
  return { user, uid: user.uid, cohortId, role, isParticipant: role === 'participant' };
}
