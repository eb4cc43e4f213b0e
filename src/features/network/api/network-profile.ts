import { queryOptions, useMutation, useSuspenseQuery } from '@tanstack/react-query';
import { deleteDoc, doc, serverTimestamp, setDoc, updateDoc } from 'firebase/firestore';
import { db } from '@/lib/firebase/firestore';
import { readDoc } from '@/lib/firestore/read';
import { networkProfileDoc } from '@/lib/firestore/network-refs';
import { cohortLabel, tagInCohort } from '@/lib/firestore/network-vocabulary';
import type { NetworkOpenTo } from '@/lib/firestore/network-vocabulary';
import { queryClient } from '@/lib/query-client';
import { networkKeys } from './network-keys';

/** One's own network profile, or null before joining (the rules let anyone look for their own). */
export const myNetworkProfileQuery = (uid: string) =>
  queryOptions({
    queryKey: networkKeys.profile(uid),
    queryFn: async () => (await readDoc(networkProfileDoc(uid))) ?? null,
  });

export const useMyNetworkProfile = (uid: string) => useSuspenseQuery(myNetworkProfileQuery(uid));

/** What the join form collects; nothing reaches the profile unless the person saw it there. */
export type ProfileChoices = {
  displayName: string;
  organisation: string;
  jobTitle: string;
  sector: string;
  region: string;
  tags: string[];
  openTo: NetworkOpenTo[];
  contactEmail: string;
  cohorts: { id: string; name: string }[];
};

function profileFields(choices: ProfileChoices) {
  const tags = [...new Set(choices.tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean))];
  const displayName = choices.displayName.trim();
  return {
    displayName,
    nameLower: displayName.toLowerCase(),
    organisation: choices.organisation.trim(),
    jobTitle: choices.jobTitle.trim(),
    sector: choices.sector,
    region: choices.region,
    tags,
    openTo: choices.openTo,
    contactEmail: choices.contactEmail.trim().toLowerCase(),
    cohortIds: choices.cohorts.map((c) => c.id),
    cohortLabels: Object.fromEntries(choices.cohorts.map((c) => [c.id, cohortLabel(c.name)])),
    // Cohort by cohort, the order the rules check it in.
    tagCohorts: choices.cohorts.flatMap((c) => tags.map((tag) => tagInCohort(tag, c.id))),
    updatedAt: serverTimestamp(),
  };
}

const refresh = () => queryClient.invalidateQueries({ queryKey: networkKeys.all });

export function useSaveNetworkProfile(uid: string, joined: boolean) {
  return useMutation({
    mutationFn: (choices: ProfileChoices) => {
      const ref = doc(db, 'networkProfiles', uid);
      return joined
        ? updateDoc(ref, profileFields(choices))
        : setDoc(ref, { uid, ...profileFields(choices), joinedAt: serverTimestamp() });
    },
    // The network's screens read the profile through their loaders, so it is fetched again now.
    onSuccess: async () => {
      await queryClient.fetchQuery({ ...myNetworkProfileQuery(uid), staleTime: 0 });
      await refresh();
    },
  });
}

/** Leaving takes the profile away at once; what one wrote stays, signed "a former member". */
export function useLeaveNetwork(uid: string) {
  return useMutation({
    mutationFn: () => deleteDoc(doc(db, 'networkProfiles', uid)),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: networkKeys.all });
      queryClient.setQueryData(networkKeys.profile(uid), null);
    },
  });
}
