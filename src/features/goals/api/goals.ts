import { queryOptions, useMutation, useSuspenseQuery } from '@tanstack/react-query';
import {
  doc,
  getDoc,
  getDocs,
  serverTimestamp,
  setDoc,
  updateDoc,
  collection,
} from 'firebase/firestore';
import { db } from '@/lib/firebase/firestore';
import { useLiveUpdates } from '@/lib/firestore/live-query';
import { directorCallDoc, goalDoc, myGoalsQuery } from '@/lib/firestore/refs';
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
    queryFn: async () => (await getDocs(myGoalsQuery(db, cohortId, uid))).docs.map((d) => d.data()),
  });

const oldestFirst = <T extends { createdAt: Date }>(goals: T[]) =>
  [...goals].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());

/** Live, so a goal recorded by a facilitator appears while the participant has the page open. */
export function useMyGoals(cohortId: string, uid: string) {
  const options = myGoalsQueryOptions(cohortId, uid);
  useLiveUpdates(options.queryKey, myGoalsQuery(db, cohortId, uid));
  return useSuspenseQuery({ ...options, select: oldestFirst });
}

export const directorCallQueryOptions = (cohortId: string, uid: string) =>
  queryOptions({
    queryKey: goalKeys.directorCall(cohortId, uid),
    queryFn: async () => (await getDoc(directorCallDoc(db, cohortId, uid))).data() ?? null,
  });

export function useDirectorCall(cohortId: string, uid: string) {
  const options = directorCallQueryOptions(cohortId, uid);
  useLiveUpdates(options.queryKey, directorCallDoc(db, cohortId, uid));
  return useSuspenseQuery(options);
}

function useGoalMutation<T>(cohortId: string, uid: string, write: (input: T) => Promise<void>) {
  return useMutation({
    mutationFn: write,
    onSettled: () => queryClient.invalidateQueries({ queryKey: goalKeys.mine(cohortId, uid) }),
  });
}

export const useAddGoal = (cohortId: string, uid: string) =>
  useGoalMutation(cohortId, uid, (text: string) =>
    setDoc(doc(collection(db, 'cohorts', cohortId, 'goals')), {
      ownerUid: uid,
      text: text.trim(),
      source: 'participant',
      createdBy: uid,
      checkIns: {},
      createdAt: serverTimestamp(),
      updatedAt: serverTimestamp(),
    }),
  );

export const useEditGoal = (cohortId: string, uid: string) =>
  useGoalMutation(cohortId, uid, ({ goalId, text }: { goalId: string; text: string }) =>
    updateDoc(goalDoc(db, cohortId, goalId).withConverter(null), {
      text: text.trim(),
      updatedAt: serverTimestamp(),
    }),
  );

export const useRecordCheckIn = (cohortId: string, uid: string) =>
  useGoalMutation(
    cohortId,
    uid,
    ({
      goalId,
      moduleNumber,
      checkIn,
    }: {
      goalId: string;
      moduleNumber: number;
      checkIn: CheckIn;
    }) =>
      updateDoc(goalDoc(db, cohortId, goalId).withConverter(null), {
        [`checkIns.${moduleNumber}`]: { progress: checkIn.progress, note: checkIn.note.trim() },
        updatedAt: serverTimestamp(),
      }),
  );
