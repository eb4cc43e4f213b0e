import { data, Link, useParams, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { membersQuery, useMembers } from '@/features/cohorts/api/get-members';
import {
  facilitatorCallQuery,
  participantGoalsQuery,
} from '@/features/director-calls/api/director-calls';
import { DirectorCallForm } from '@/features/director-calls/components/director-call-form';
import { GoalsRecorder } from '@/features/director-calls/components/goals-recorder';
import { modulesQuery, useModules } from '@/features/timetable/api/get-modules';
import { queryClient } from '@/lib/query-client';
import { useCohortContext } from './cohort-context';
import { loadViewer } from './viewer';

export async function loader(args: LoaderFunctionArgs) {
  const { cohortId, role } = await loadViewer(args);
  // A participant's goals and director call are for the cohort's facilitators, as the rules say.
  if (role !== 'facilitator') {
    throw data('This page is for the cohort’s facilitators.', { status: 403 });
  }
  const participantUid = args.params['uid'] ?? '';
  await Promise.all([
    queryClient.ensureQueryData(modulesQuery(cohortId)),
    queryClient.ensureQueryData(membersQuery(cohortId)),
    queryClient.ensureQueryData(facilitatorCallQuery(cohortId, participantUid)),
    queryClient.ensureQueryData(participantGoalsQuery(cohortId, participantUid)),
  ]);
  return null;
}

/**
 * Where this page was opened from (`?from=` on the links to it), for its "Back to" link. Only
 * these screens are named, so the link cannot be made to lead anywhere else; Readiness otherwise.
 */
function backTo(cohortId: string, from: string | null) {
  if (from === 'people') return { path: paths.cohort(cohortId, 'people'), label: 'People' };
  if (from === 'dashboard') return { path: paths.cohort(cohortId), label: 'the dashboard' };
  return { path: paths.cohort(cohortId, 'readiness'), label: 'Readiness' };
}

export function Component() {
  const { cohortId, uid } = useCohortContext();
  const participantUid = useParams()['uid'] ?? '';
  const { data: members } = useMembers(cohortId);
  const { data: modules } = useModules(cohortId);
  const person = members.find((m) => m.uid === participantUid);
  const back = backTo(cohortId, useSearchParams()[0].get('from'));
  const name = person?.displayName ?? 'Participant';
  return (
    <>
      <PageTitle>{name}</PageTitle>
      <p>
        <Link to={back.path}>Back to {back.label}</Link>
      </p>
      <h1>{name}</h1>
      <p className="lead">{[person?.jobTitle, person?.organisation].filter(Boolean).join(', ')}</p>
      <DirectorCallForm
        cohortId={cohortId}
        uid={participantUid}
        firstModuleDay={modules[0]?.days[0]}
      />
      <GoalsRecorder cohortId={cohortId} participantUid={participantUid} facilitatorUid={uid} />
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
