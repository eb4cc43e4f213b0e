import { useSuspenseQueries } from '@tanstack/react-query';
import { data, Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { PublicLayout } from '@/components/layouts/public-layout';
import { paths } from '@/config/paths';
import { useAdminActions } from '@/features/admin/api/admin';
import { AuditLog } from '@/features/admin/components/audit-log';
import { CohortAdminCard } from '@/features/admin/components/cohort-admin-card';
import { CohortRetention } from '@/features/admin/components/cohort-retention';
import { mailProblemsQueryOptions, useMailProblems } from '@/features/admin/api/mail-problems';
import {
  clientErrorCountsQueryOptions,
  useClientErrorCounts,
} from '@/features/admin/api/client-errors';
import { ClientErrors } from '@/features/admin/components/client-errors';
import { CreateCohortForm } from '@/features/admin/components/create-cohort-form';
import { EraseParticipant } from '@/features/admin/components/erase-participant';
import { MailProblems } from '@/features/admin/components/mail-problems';
import { ProgrammeTeam } from '@/features/admin/components/programme-team';
import { membersQuery } from '@/features/cohorts/api/get-members';
import { myCohortsQuery, useMyCohorts } from '@/features/cohorts/api/get-my-cohorts';
import { networkReportsQueryOptions } from '@/features/network/api/reports';
import { NetworkReports } from '@/features/network/components/network-reports';
import { isProgrammeAdmin, requireUser } from '@/lib/firebase/session';
import { queryClient } from '@/lib/query-client';

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!(await isProgrammeAdmin(user)))
    throw data('This page is for the programme team.', { status: 403 });
  const cohorts = await queryClient.ensureQueryData(myCohortsQuery(user.uid, true));
  await Promise.all([
    ...cohorts.map((cohort) => queryClient.ensureQueryData(membersQuery(cohort.cohortId))),
    queryClient.ensureQueryData(mailProblemsQueryOptions()),
    queryClient.ensureQueryData(clientErrorCountsQueryOptions()),
    queryClient.ensureQueryData(networkReportsQueryOptions()),
  ]);
  return { uid: user.uid };
}

export function Component() {
  const { uid } = useLoaderData<typeof loader>();
  const { data: cohorts } = useMyCohorts(uid, true);
  const members = useSuspenseQueries({
    queries: cohorts.map((cohort) => membersQuery(cohort.cohortId)),
  });
  const { createCohort, archive, appointFacilitator, removeFacilitator } = useAdminActions();
  const { data: mailProblems } = useMailProblems();
  const { data: clientErrorDays } = useClientErrorCounts();

  return (
    <PublicLayout title="Programme team" wide>
      <p>
        <Link to={paths.chooseCohort()}>Open a cohort</Link>
      </p>
      <CreateCohortForm onCreate={(cohort) => createCohort.mutateAsync(cohort)} />
      <ul className="stack plain-list">
        {cohorts.map((cohort, index) => (
          <CohortAdminCard
            key={cohort.cohortId}
            cohort={cohort}
            cohortPath={paths.cohort(cohort.cohortId)}
            facilitators={(members[index]?.data ?? []).filter((m) => m.role === 'facilitator')}
            onInviteFacilitator={(email) =>
              appointFacilitator.mutateAsync({ cohortId: cohort.cohortId, email })
            }
            onRemoveFacilitator={(facilitatorUid) =>
              removeFacilitator.mutateAsync({ cohortId: cohort.cohortId, uid: facilitatorUid })
            }
            onArchive={(archived) => archive.mutateAsync({ cohortId: cohort.cohortId, archived })}
          />
        ))}
      </ul>
      <ProgrammeTeam myUid={uid} />
      <EraseParticipant
        cohorts={cohorts.map((cohort, index) => ({
          cohortId: cohort.cohortId,
          name: cohort.name,
          members: members[index]?.data ?? [],
        }))}
      />
      <AuditLog uid={uid} cohorts={cohorts.map(({ cohortId, name }) => ({ cohortId, name }))} />
      <CohortRetention
        uid={uid}
        cohorts={cohorts.map(({ cohortId, name, endDate }) => ({ cohortId, name, endDate }))}
      />
      <MailProblems problems={mailProblems} />
      <ClientErrors days={clientErrorDays} now={new Date()} />
      <NetworkReports cohortId={cohorts.find((cohort) => !cohort.archived)?.cohortId} />
    </PublicLayout>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
