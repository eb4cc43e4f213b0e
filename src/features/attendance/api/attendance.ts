import { queryOptions, useMutation, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { doc, getDocs, serverTimestamp, writeBatch } from 'firebase/firestore';
import { collectionRef, db } from '@/lib/firebase/firestore';
import { readDoc } from '@/lib/firestore/read';
import { attendanceCollection, attendanceDoc } from '@/lib/firestore/refs';
import type { AttendanceMark } from '@/lib/firestore/schemas';
import { queryClient } from '@/lib/query-client';

export type Marks = Record<string, AttendanceMark>;

export const attendanceKeys = {
  cohort: (cohortId: string) => ['cohorts', cohortId, 'attendance'] as const,
  mine: (cohortId: string, uid: string) => ['cohorts', cohortId, 'attendance', uid] as const,
};

/** Everyone's marks by person, for the cohort's facilitators. */
export const cohortAttendanceQuery = (cohortId: string) =>
  queryOptions({
    queryKey: attendanceKeys.cohort(cohortId),
    queryFn: async (): Promise<Record<string, Marks>> =>
      Object.fromEntries(
        (await getDocs(collectionRef(attendanceCollection(cohortId)))).docs.map((d) => [
          d.id,
          d.data().days,
        ]),
      ),
  });

export const useCohortAttendance = (cohortId: string) =>
  useSuspenseQuery(cohortAttendanceQuery(cohortId));

/** A participant's own marks; nobody else's are readable to them. */
export const myAttendanceQuery = (cohortId: string, uid: string) =>
  queryOptions({
    queryKey: attendanceKeys.mine(cohortId, uid),
    queryFn: async (): Promise<Marks> => (await readDoc(attendanceDoc(cohortId, uid)))?.days ?? {},
  });

export const useMyAttendance = (cohortId: string, uid: string, enabled: boolean) =>
  useQuery({ ...myAttendanceQuery(cohortId, uid), enabled });

/** One day's marks for the people marked, in one batch: all of them are saved, or none. */
export function useSaveDay(cohortId: string) {
  return useMutation({
    mutationFn: async ({ dayKey, marks }: { dayKey: string; marks: Marks }) => {
      const batch = writeBatch(db);
      for (const [uid, mark] of Object.entries(marks)) {
        batch.set(
          doc(db, 'cohorts', cohortId, 'attendance', uid),
          { uid, days: { [dayKey]: mark }, updatedAt: serverTimestamp() },
          { merge: true },
        );
      }
      await batch.commit();
    },
    // Readiness counts days attended, and the facilitator's dashboard may already have cached it.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: attendanceKeys.cohort(cohortId) }),
        queryClient.invalidateQueries({ queryKey: ['cohorts', cohortId, 'readiness'] }),
      ]),
  });
}
