import { doc, getDoc } from 'firebase/firestore';
import { useState } from 'react';
import { useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { myCohortsQuery } from '@/features/cohorts/api/get-my-cohorts';
import {
  useLeaveNetwork,
  useSaveNetworkProfile,
  type ProfileChoices,
} from '@/features/network/api/network-profile';
import { NetworkTabs } from '@/features/network/components/network-tabs';
import { ProfileForm } from '@/features/network/components/profile-form';
import { db } from '@/lib/firebase/firestore';
import { queryClient } from '@/lib/query-client';
import { useCohortContext } from './cohort-context';
import { loadNetworkViewer } from './network-viewer';

export async function loader(args: LoaderFunctionArgs) {
  const { uid, admin, profile } = await loadNetworkViewer(args);
  const cohortId = args.params['cohortId'] ?? '';
  const cohorts = admin ? [] : await queryClient.ensureQueryData(myCohortsQuery(uid, false));
  const myCohorts = cohorts.map((c) => ({ id: c.cohortId, name: c.name }));
  // The name is the one on the person's account, as everywhere in the portal (the rules check it).
  const account = (await getDoc(doc(db, 'users', uid))).data() ?? {};
  const accountName = String(account['displayName'] ?? '');
  if (profile) {
    const initial: ProfileChoices = {
      ...profile,
      displayName: accountName,
      cohorts: myCohorts.filter((c) => profile.cohortIds.includes(c.id)),
    };
    return { admin, joined: true, initial, myCohorts };
  }
  // A first profile starts from what the person wrote about themselves on their account, on screen.
  const initial: ProfileChoices = {
    displayName: accountName,
    organisation: String(account['organisation'] ?? ''),
    jobTitle: String(account['jobTitle'] ?? ''),
    sector: '',
    region: '',
    tags: [],
    openTo: [],
    contactEmail: '',
    cohorts: myCohorts.filter((c) => c.id === cohortId),
  };
  return { admin, joined: false, initial, myCohorts };
}

export function Component() {
  const { cohortId, uid } = useCohortContext();
  const { admin, joined, initial, myCohorts } = useLoaderData<typeof loader>();
  const save = useSaveNetworkProfile(uid, joined);
  const leave = useLeaveNetwork(uid);
  const navigate = useNavigate();
  const [leaveFailed, setLeaveFailed] = useState(false);
  const title = joined ? 'Your network profile' : 'Join the network';

  if (admin) {
    return (
      <>
        <PageTitle>Network profile</PageTitle>
        <h1>Network profile</h1>
        <p className="lead">
          The programme team looks after the network without joining it, so has no profile.
        </p>
      </>
    );
  }
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      {joined && <NetworkTabs cohortId={cohortId} member />}
      <p className="lead">
        {joined
          ? 'What members of the network see about you. Change anything, at any time.'
          : 'Only network members see this profile. Check what is filled in: nothing is shared until you join.'}
      </p>
      <ProfileForm
        initial={initial}
        myCohorts={myCohorts}
        submitLabel={joined ? 'Save profile' : 'Join the network'}
        onSave={async (choices) => {
          await save.mutateAsync(choices);
          if (!joined) await navigate(paths.network(cohortId));
        }}
      />
      {joined && (
        <section className="section card" aria-labelledby="leave-heading">
          <h2 id="leave-heading">Leave the network</h2>
          <p>
            Your profile goes at once, and you stop seeing the network. Your posts and replies stay
            for others to read, signed “a former member”; delete any you want gone first.
          </p>
          {leaveFailed && (
            <Alert tone="error">We could not take you out of the network. Try again.</Alert>
          )}
          <button
            type="button"
            className="button secondary"
            onClick={() =>
              leave.mutate(undefined, {
                onSuccess: () => void navigate(paths.network(cohortId)),
                onError: () => setLeaveFailed(true),
              })
            }
          >
            Leave the network
          </button>
        </section>
      )}
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
