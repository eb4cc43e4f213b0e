import { lazy, Suspense } from 'react';
import { Link, useRevalidator } from 'react-router';
import { paths } from '@/config/paths';
import { EraseParticipant } from '@/features/admin/components/erase-participant';
import { ProgrammeTeam } from '@/features/admin/components/programme-team';
import { SecondFactor } from '@/features/admin/components/second-factor';
import { ensureEveryCohortsMembers, useEveryCohortsMembers } from './every-cohorts-members';
import { SignedInLayout, useSignOut } from '../../sign-out';
import { OVERVIEW_TITLE } from './layout';

// Loaded with the page, not with the app: the sign-in page's scripts must not grow.
const DeferParticipant = lazy(() => import('@/features/admin/components/defer-participant'));

export const title = 'People';

export const load = ensureEveryCohortsMembers;

/**
 * Who is on the programme team and the second factor their powers need; then moving a participant
 * to a later cohort and erasing someone's data, which both choose among each cohort's members.
 */
export function Page({ uid }: { uid: string }) {
  const { cohorts, membersOf } = useEveryCohortsMembers(uid);

  return (
    <>
      <ProgrammeTeam myUid={uid} />
      <SecondFactor />
      <Suspense fallback={null}>
        <DeferParticipant
          cohorts={cohorts.map((cohort, index) => ({
            cohortId: cohort.cohortId,
            name: cohort.name,
            startDate: cohort.startDate,
            archived: cohort.archived,
            members: membersOf(index),
          }))}
        />
      </Suspense>
      <EraseParticipant
        cohorts={cohorts.map((cohort, index) => ({
          cohortId: cohort.cohortId,
          name: cohort.name,
          members: membersOf(index),
        }))}
      />
    </>
  );
}

/** The team's powers open only after a sign-in with a texted code, so a new member starts here. */
export function FirstSetUpYourPhone({ uid }: { uid: string }) {
  const revalidator = useRevalidator();
  const { signOut, dialog } = useSignOut(uid);
  return (
    <SignedInLayout onSignOut={signOut} title={OVERVIEW_TITLE}>
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
