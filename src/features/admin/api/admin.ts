import { useMutation } from '@tanstack/react-query';
import { collection, deleteDoc, doc, updateDoc, writeBatch } from 'firebase/firestore';
import { db, docRef } from '@/lib/firebase/firestore';
import { cohortLabel } from '@/lib/firestore/network-vocabulary';
import { memberDoc } from '@/lib/firestore/refs';
import { queryClient } from '@/lib/query-client';

export type NewCohort = { name: string; startDate: string; endDate: string; seatLimit: number };

const refreshCohorts = () => queryClient.invalidateQueries({ queryKey: ['cohorts'] });

/** The programme team's own actions: they hold the admin claim, which the rules check. */
export function useAdminActions() {
  const createCohort = useMutation({
    mutationFn: async (cohort: NewCohort) => {
      const ref = doc(collection(db, 'cohorts'));
      const name = cohort.name.trim();
      // The network directory can filter by the new cohort from the day it exists.
      const batch = writeBatch(db);
      batch.set(ref, { ...cohort, name, archived: false, seatsTaken: 0 });
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
    mutationFn: (cohortId: string) => updateDoc(doc(db, 'cohorts', cohortId), { archived: true }),
    onSettled: refreshCohorts,
  });
  const removeFacilitator = useMutation({
    mutationFn: ({ cohortId, uid }: { cohortId: string; uid: string }) =>
      deleteDoc(docRef(memberDoc(cohortId, uid))),
    onSettled: refreshCohorts,
  });
  return { createCohort, archive, removeFacilitator };
}
