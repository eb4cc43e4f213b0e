import { queryOptions, useMutation, useSuspenseQuery } from '@tanstack/react-query';
import { useLiveUpdates } from '@/lib/firestore/live-query';
import { fullFirestore, readDoc, readQuery } from '@/lib/firestore/read';
import { directorCallDoc, goalDoc, goalsCollection, myGoalsQuery } from '@/lib/firestore/refs';
import type { CheckIn } from '@/lib/firestore/schemas';
import { queryClient } from '@/lib/query-client';

export const goalKeys = {
  mine: (cohortId: string, uid: string) => ['cohorts', cohortId, 'goals', uid] as const,
  directorCall: (cohortId: string, uid: string) =>
    ['cohorts', cohortId, 'directorCalls', uid] as const,
};

export const myGoalsQueryOptions = (cohortId: string, uid: string) =>
  queryOptions({
    queryKey: goalKeys.mine(cohortId, uid),
    queryFn: () => readQuery(myGoalsQuery(cohortId, uid)),
  });

const oldestFirst = <T extends { createdAt: Date }>(goals: T[]) =>
  [...goals].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());

/** Live, so a goal recorded by a facilitator appears while the participant has the page open. */
export function useMyGoals(cohortId: string, uid: string) {
  const options = myGoalsQueryOptions(cohortId, uid);
  useLiveUpdates(options.queryKey, myGoalsQuery(cohortId, uid));
  return useSuspenseQuery({ ...options, select: oldestFirst });
}

export const directorCallQueryOptions = (cohortId: string, uid: string) =>
  queryOptions({
    queryKey: goalKeys.directorCall(cohortId, uid),
    queryFn: async () => (await readDoc(directorCallDoc(cohortId, uid))) ?? null,
  });

export function useDirectorCall(cohortId: string, uid: string) {
  const options = directorCallQueryOptions(cohortId, uid);
  useLiveUpdates(options.queryKey, directorCallDoc(cohortId, uid));
  return useSuspenseQuery(options);
}

function useGoalMutation<T>(cohortId: string, uid: string, write: (input: T) => Promise<void>) {
  return useMutation({
    mutationFn: write,
    onSettled: () => queryClient.invalidateQueries({ queryKey: goalKeys.mine(cohortId, uid) }),
  });
}

export const useAddGoal = (cohortId: string, uid: string) =>
  useGoalMutation(cohortId, uid, async (text: string) => {
    const { collectionRef, doc, serverTimestamp, setDoc } = await fullFirestore();
    await setDoc(doc(collectionRef(goalsCollection(cohortId))).withConverter(null), {
      ownerUid: uid,
      text: text.trim(),
      source: 'participant',
      createdBy: uid,
      checkIns: {},
      createdAt: serverTimestamp(),
      updatedAt: serverTimestamp(),
    });
  });

export const useEditGoal = (cohortId: string, uid: string) =>
  useGoalMutation(cohortId, uid, async ({ goalId, text }: { goalId: string; text: string }) => {
    const { docRef, serverTimestamp, updateDoc } = await fullFirestore();
    await updateDoc(docRef(goalDoc(cohortId, goalId)).withConverter(null), {
      text: text.trim(),
      updatedAt: serverTimestamp(),
    });
  });

export const useRecordCheckIn = (cohortId: string, uid: string) =>
  useGoalMutation(
    cohortId,
    uid,
    async ({
      goalId,
      moduleNumber,
      checkIn,
    }: {
      goalId: string;
      moduleNumber: number;
      checkIn: CheckIn;
    }) => {
      const { docRef, serverTimestamp, updateDoc } = await fullFirestore();
      await updateDoc(docRef(goalDoc(cohortId, goalId)).withConverter(null), {
        [`checkIns.${moduleNumber}`]: { progress: checkIn.progress, note: checkIn.note.trim() },
        updatedAt: serverTimestamp(),
      });
    },
  );
