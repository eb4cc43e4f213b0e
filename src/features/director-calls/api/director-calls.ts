import { queryOptions, useMutation, useSuspenseQuery } from '@tanstack/react-query';
import {
  collection,
  doc,
  getDoc,
  getDocs,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
} from 'firebase/firestore';
import { collectionRef, db, docRef } from '@/lib/firebase/firestore';
import { readQuery } from '@/lib/firestore/read';
import {
  directorCallDoc,
  directorCallNotesDoc,
  goalDoc,
  goalsCollection,
  myGoalsQuery,
} from '@/lib/firestore/refs';
import { queryClient } from '@/lib/query-client';

const keys = {
  call: (cohortId: string, uid: string) =>
    ['cohorts', cohortId, 'directorCalls', uid, 'facilitator-view'] as const,
  goals: (cohortId: string, uid: string) => ['cohorts', cohortId, 'goals', uid] as const,
};

async function fetchCall(cohortId: string, uid: string) {
  const [call, notes] = await Promise.all([
    getDoc(docRef(directorCallDoc(cohortId, uid))),
    getDoc(docRef(directorCallNotesDoc(cohortId, uid))),
  ]);
  return { call: call.data() ?? null, notes: String(notes.data()?.['notes'] ?? '') };
}

export const facilitatorCallQuery = (cohortId: string, uid: string) =>
  queryOptions({ queryKey: keys.call(cohortId, uid), queryFn: () => fetchCall(cohortId, uid) });

export const useFacilitatorCall = (cohortId: string, uid: string) =>
  useSuspenseQuery(facilitatorCallQuery(cohortId, uid));

export const participantGoalsQuery = (cohortId: string, uid: string) =>
  queryOptions({
    queryKey: keys.goals(cohortId, uid),
    queryFn: async () => await readQuery(myGoalsQuery(cohortId, uid)),
  });

export const useParticipantGoals = (cohortId: string, uid: string) =>
  useSuspenseQuery(participantGoalsQuery(cohortId, uid));

export type CallRecord = {
  scheduledAt: Date | null;
  completed: boolean;
  summary: string;
  notes: string;
};

/** The summary is the participant's to read; the notes stay with the facilitators, in their own document. */
export function useSaveCall(cohortId: string, uid: string) {
  return useMutation({
    mutationFn: async ({ scheduledAt, completed, summary, notes }: CallRecord) => {
      await Promise.all([
        setDoc(doc(db, 'cohorts', cohortId, 'directorCalls', uid), {
          uid,
          scheduledAt: scheduledAt ? Timestamp.fromDate(scheduledAt) : null,
          completed,
          summary: summary.trim(),
        }),
        setDoc(docRef(directorCallNotesDoc(cohortId, uid)).withConverter(null), {
          notes: notes.trim(),
        }),
      ]);
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.call(cohortId, uid) }),
        queryClient.invalidateQueries({ queryKey: ['cohorts', cohortId, 'readiness'] }),
      ]),
  });
}

export function useDirectorCallGoals(
  cohortId: string,
  participantUid: string,
  facilitatorUid: string,
) {
  const settle = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: keys.goals(cohortId, participantUid) }),
      queryClient.invalidateQueries({ queryKey: ['cohorts', cohortId, 'readiness'] }),
    ]);
  const add = useMutation({
    mutationFn: (text: string) =>
      setDoc(doc(collection(db, 'cohorts', cohortId, 'goals')), {
        ownerUid: participantUid,
        text: text.trim(),
        source: 'director-call',
        createdBy: facilitatorUid,
        checkIns: {},
        createdAt: serverTimestamp(),
        updatedAt: serverTimestamp(),
      }),
    onSettled: settle,
  });
  const edit = useMutation({
    mutationFn: ({ goalId, text }: { goalId: string; text: string }) =>
      updateDoc(docRef(goalDoc(cohortId, goalId)).withConverter(null), {
        text: text.trim(),
        updatedAt: serverTimestamp(),
      }),
    onSettled: settle,
  });
  return { add, edit };
}

export const cohortGoalsQuery = (cohortId: string) =>
  queryOptions({
    queryKey: ['cohorts', cohortId, 'goals', 'all'] as const,
    queryFn: async () =>
      (await getDocs(collectionRef(goalsCollection(cohortId)))).docs.map((d) => d.data()),
  });

export const useCohortGoals = (cohortId: string) => useSuspenseQuery(cohortGoalsQuery(cohortId));
