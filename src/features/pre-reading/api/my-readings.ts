import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { serverTimestamp, setDoc } from 'firebase/firestore';
import { docRef } from '@/lib/firebase/firestore';
import { readQuery } from '@/lib/firestore/read';
import { myReadingsQuery, readingDoc } from '@/lib/firestore/refs';
import type { Reading } from '@/lib/firestore/schemas';
import { queryClient } from '@/lib/query-client';
import { preReadingKeys } from './pre-reading-keys';

export type ReadingState = Pick<Reading, 'materialId' | 'moduleId' | 'read' | 'takeaway'>;

export const myReadingsQueryOptions = (cohortId: string, uid: string) =>
  queryOptions({
    queryKey: preReadingKeys.myReadings(cohortId, uid),
    queryFn: async () => await readQuery(myReadingsQuery(cohortId, uid)),
  });

/** Only participants keep reading records; for anyone else this is an empty list, not a refused read. */
export function useMyReadings(cohortId: string, uid: string, enabled = true) {
  const { data = [] } = useQuery({ ...myReadingsQueryOptions(cohortId, uid), enabled });
  return { data };
}

/** Marks an item read or unread, with an optional takeaway; the screen updates before the server answers. */
export function useSaveReading(cohortId: string, uid: string) {
  const key = preReadingKeys.myReadings(cohortId, uid);
  return useMutation({
    mutationFn: (reading: ReadingState) =>
      setDoc(docRef(readingDoc(cohortId, uid, reading.materialId)).withConverter(null), {
        uid,
        ...reading,
        updatedAt: serverTimestamp(),
      }),
    onMutate: async (reading) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<Reading[]>(key);
      queryClient.setQueryData<Reading[]>(key, (current = []) => [
        ...current.filter((r) => r.materialId !== reading.materialId),
        { ...reading, uid, updatedAt: new Date() },
      ]);
      return { before };
    },
    onError: (_error, _reading, context) => queryClient.setQueryData(key, context?.before),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
