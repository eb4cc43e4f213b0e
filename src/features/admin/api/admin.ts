import { useMutation } from '@tanstack/react-query';
import { FirebaseError } from 'firebase/app';
import { collection, doc, writeBatch } from 'firebase/firestore';
import { db } from '@/lib/firebase/firestore';
import { cohortLabel } from '@/lib/firestore/network-vocabulary';
import { readDoc } from '@/lib/firestore/read';
import { programmeDoc } from '@/lib/firestore/refs';
import { programmeShown } from '@/lib/firestore/schemas';
import { queryClient } from '@/lib/query-client';

export type NewCohort = {
  programmeId: string;
  name: string;
  startDate: string;
  endDate: string;
  seatLimit: number;
};

const refreshCohorts = () => queryClient.invalidateQueries({ queryKey: ['cohorts'] });

type StaffAction =
  | { action: 'cohort.archive' | 'cohort.unarchive'; cohortId: string }
  | { action: 'facilitator.appoint'; cohortId: string; email: string }
  | { action: 'facilitator.remove'; cohortId: string; uid: string };

/** Through a function, which writes the audit record with the change (functions/src/callable/staff-actions.ts). */
async function staffAction(request: StaffAction): Promise<void> {
  const { callable } = await import('@/lib/firebase/functions');
  try {
    await callable<StaffAction, { done: true }>('staffAction')(request);
  } catch (error) {
    // The function's refusals are already plain English; anything else is not for people to read.
    if (error instanceof FirebaseError && error.code === 'functions/failed-precondition') {
      throw new Error(error.message);
    }
    throw new Error('The change could not be made. Check your connection and try again.');
  }
}

/** The programme team's own actions: they hold the admin claim, which the rules check. */
export function useAdminActions() {
  const createCohort = useMutation({
    mutationFn: async (cohort: NewCohort) => {
      const ref = doc(collection(db, 'cohorts'));
      const name = cohort.name.trim();
      // Its pages show the programme from the cohort itself, which the rules hold equal to the record.
      const programme = await readDoc(programmeDoc(cohort.programmeId));
      if (!programme) throw new Error('Choose a programme that exists.');
      // The network directory can filter by the new cohort from the day it exists.
      const batch = writeBatch(db);
      batch.set(ref, {
        ...cohort,
        programme: programmeShown(programme),
        name,
        archived: false,
        seatsTaken: 0,
      });
      batch.set(
        doc(db, 'networkCohorts', 'all'),
        { labels: { [ref.id]: cohortLabel(name) } },
        { merge: true },
      );
      await batch.commit();
      return ref.id;
    },
    onSettled: refreshCohorts,
  });
  const archive = useMutation({
    mutationFn: ({ cohortId, archived }: { cohortId: string; archived: boolean }) =>
      staffAction({ action: archived ? 'cohort.archive' : 'cohort.unarchive', cohortId }),
    onSettled: refreshCohorts,
  });
  const appointFacilitator = useMutation({
    mutationFn: ({ cohortId, email }: { cohortId: string; email: string }) =>
      staffAction({ action: 'facilitator.appoint', cohortId, email }),
    onSettled: refreshCohorts,
  });
  const removeFacilitator = useMutation({
    mutationFn: ({ cohortId, uid }: { cohortId: string; uid: string }) =>
      staffAction({ action: 'facilitator.remove', cohortId, uid }),
    onSettled: refreshCohorts,
  });
  return { createCohort, archive, appointFacilitator, removeFacilitator };
}
