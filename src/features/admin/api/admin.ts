import { useMutation } from '@tanstack/react-query';
import { collection, deleteDoc, doc, setDoc, updateDoc } from 'firebase/firestore';
import { db } from '@/lib/firebase/firestore';
import { memberDoc } from '@/lib/firestore/refs';
import { queryClient } from '@/lib/query-client';

export type NewCohort = { name: string; startDate: string; endDate: string; seatLimit: number };

const refreshCohorts = () => queryClient.invalidateQueries({ queryKey: ['cohorts'] });

/** The programme team's own actions: they hold the admin claim, which the rules check. */
export function useAdminActions() {
  const createCohort = useMutation({
    mutationFn: async (cohort: NewCohort) => {
      const ref = doc(collection(db, 'cohorts'));
      await setDoc(ref, { ...cohort, name: cohort.name.trim(), archived: false, seatsTaken: 0 });
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
      deleteDoc(memberDoc(db, cohortId, uid)),
    onSettled: refreshCohorts,
  });
  return { createCohort, archive, removeFacilitator };
}
