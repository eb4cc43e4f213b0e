import { data, type LoaderFunctionArgs } from 'react-router';
import { myRoleQuery } from '@/features/cohorts/api/get-cohort';
import { isProgrammeAdmin, requireUser } from '@/lib/firebase/session';
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
  // Someone else's cohort is refused here, before its screens ask for documents the rules refuse.
  if (navigator.onLine && role === null && !(await isProgrammeAdmin(user))) {
    throw data('This cohort does not exist, or you are not a member of it.', { status: 403 });
  }
  return { user, uid: user.uid, cohortId, role, isParticipant: role === 'participant' };
}
