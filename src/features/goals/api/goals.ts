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
    queryFn: async () =>
      (await getDocs(myGoalsQuery(db, cohortId, uid))).docs
        .map((d) => d.data())
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()),
  });

export const useMyGoals = (cohortId: string, uid: string) =>
  useSuspenseQuery(myGoalsQueryOptions(cohortId, uid));

export const directorCallQueryOptions = (cohortId: string, uid: string) =>
  queryOptions({
    queryKey: goalKeys.directorCall(cohortId, uid),
    queryFn: async () => (await getDoc(directorCallDoc(db, cohortId, uid))).data() ?? null,
  });

export const useDirectorCall = (cohortId: string, uid: string) =>
  useSuspenseQuery(directorCallQueryOptions(cohortId, uid));

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
