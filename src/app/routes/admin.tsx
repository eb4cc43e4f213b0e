import { useSuspenseQueries } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { data, Link, useLoaderData, useRevalidator, type LoaderFunctionArgs } from 'react-router';
import { paths } from '@/config/paths';
import { useAdminActions } from '@/features/admin/api/admin';
import { AuditLog } from '@/features/admin/components/audit-log';
import { PrivacySettings } from '@/features/admin/components/privacy-settings';
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
import {
  programmesQueryOptions,
  useNewCohortFrom,
  useProgrammes,
} from '@/features/admin/api/programmes';
import { NewCohortFromForm } from '@/features/admin/components/new-cohort-from-form';
import { Programmes } from '@/features/admin/components/programmes';
import { SecondFactor } from '@/features/admin/components/second-factor';
import { membersQuery } from '@/features/cohorts/api/get-members';
import { myCohortsQuery, useMyCohorts } from '@/features/cohorts/api/get-my-cohorts';
import { networkReportsQueryOptions } from '@/features/network/api/reports';
import { NetworkReports } from '@/features/network/components/network-reports';
import { programmeTeamStanding, requireUser } from '@/lib/firebase/session';
import { queryClient } from '@/lib/query-client';
import { SignedInLayout, useSignOut } from '../sign-out';

// Loaded with the page, not with the app: the sign-in page's scripts must not grow.
const DeferParticipant = lazy(() => import('@/features/admin/components/defer-participant'));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const standing = await programmeTeamStanding(user);
  if (standing === 'none') throw data('This page is for the programme team.', { status: 403 });
  if (standing === 'needs-second-factor') return { uid: user.uid, needsSecondFactor: true };
  const cohorts = await queryClient.ensureQueryData(myCohortsQuery(user.uid, true));
  await Promise.all([
    ...cohorts.map((cohort) => queryClient.ensureQueryData(membersQuery(cohort.cohortId))),
    queryClient.ensureQueryData(mailProblemsQueryOptions()),
    queryClient.ensureQueryData(clientErrorCountsQueryOptions()),
    queryClient.ensureQueryData(networkReportsQueryOptions()),
    queryClient.ensureQueryData(programmesQueryOptions()),
  ]);
  return { uid: user.uid, needsSecondFactor: false };
}

export function Component() {
  const { uid, needsSecondFactor } = useLoaderData<typeof loader>();
  return needsSecondFactor ? <FirstSetUpYourPhone uid={uid} /> : <ProgrammeTeamPage uid={uid} />;
}

/** The team's powers open only after a sign-in with a texted code, so a new member starts here. */
function FirstSetUpYourPhone({ uid }: { uid: string }) {
  const revalidator = useRevalidator();
  const { signOut, dialog } = useSignOut(uid);
  return (
    <SignedInLayout onSignOut={signOut} title="Programme team">
      <p className="lead">
        Before you can use the programme team’s powers, set up your phone. Every sign-in will then
        ask for your password and a code texted to it, so a password someone else learns is not
        enough to open other people’s data.
      </p>
      <SecondFactor onEnrolled={() => void revalidator.revalidate()} />
      <p>
        <Link to={paths.chooseCohort()}>Open a cohort</Link>
      </p>
      {dialog}
    </SignedInLayout>
  );
}

function ProgrammeTeamPage({ uid }: { uid: string }) {
  const { data: cohorts } = useMyCohorts(uid, true);
  const members = useSuspenseQueries({
    queries: cohorts.map((cohort) => membersQuery(cohort.cohortId)),
  });
  const { createCohort, archive, appointFacilitator, removeFacilitator } = useAdminActions();
  const { data: programmes } = useProgrammes();
  const newCohortFrom = useNewCohortFrom();
  const { data: mailProblems } = useMailProblems();
  const { data: clientErrorDays } = useClientErrorCounts();
  const { signOut, dialog } = useSignOut(uid);

  return (
    <SignedInLayout onSignOut={signOut} title="Programme team" wide>
      <p>
        <Link to={paths.chooseCohort()}>Open a cohort</Link>
      </p>
      <CreateCohortForm
        programmes={programmes}
        onCreate={(cohort) => createCohort.mutateAsync(cohort)}
      />
      <NewCohortFromForm
        cohorts={cohorts}
        programmes={programmes.map(({ id, name, outline }) => ({
          id,
          name,
          modules: outline.length,
        }))}
        onMake={(request) => newCohortFrom.mutateAsync(request)}
      />
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
      <Programmes uid={uid} />
      <SecondFactor />
      <ProgrammeTeam myUid={uid} />
      <Suspense fallback={null}>
        <DeferParticipant
          cohorts={cohorts.map((cohort, index) => ({
            cohortId: cohort.cohortId,
            name: cohort.name,
            startDate: cohort.startDate,
            archived: cohort.archived,
            members: members[index]?.data ?? [],
          }))}
        />
      </Suspense>
      <EraseParticipant
        cohorts={cohorts.map((cohort, index) => ({
          cohortId: cohort.cohortId,
          name: cohort.name,
          members: members[index]?.data ?? [],
        }))}
      />
      <AuditLog uid={uid} cohorts={cohorts.map(({ cohortId, name }) => ({ cohortId, name }))} />
      <PrivacySettings uid={uid} />
      <CohortRetention
        uid={uid}
        cohorts={cohorts.map(({ cohortId, name, endDate }) => ({ cohortId, name, endDate }))}
      />
      <MailProblems problems={mailProblems} />
      <ClientErrors days={clientErrorDays} now={new Date()} />
      <NetworkReports cohortId={cohorts.find((cohort) => !cohort.archived)?.cohortId} />
      {dialog}
    </SignedInLayout>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
