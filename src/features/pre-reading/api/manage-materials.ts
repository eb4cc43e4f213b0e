import { useMutation } from '@tanstack/react-query';
import {
  collection,
  deleteDoc,
  deleteField,
  doc,
  serverTimestamp,
  setDoc,
} from 'firebase/firestore';
import { db } from '@/lib/firebase/firestore';
import type { Material } from '@/lib/firestore/schemas';
import { queryClient } from '@/lib/query-client';
import { preReadingKeys } from './pre-reading-keys';

export function useMaterialActions(cohortId: string) {
  const settle = () =>
    queryClient.invalidateQueries({ queryKey: preReadingKeys.materials(cohortId) });
  const save = useMutation({
    // Each field the form edits, merged, so the files the functions recorded stay as they are
    // (the rules refuse any change to them). Pre-reading has no phase, so an item moved back from
    // "after the module" loses it.
    mutationFn: ({ materialId, material }: { materialId?: string; material: Material }) => {
      const { moduleId, title, source, kind, minutes, required, url, order, phase } = material;
      return setDoc(
        materialId
          ? doc(db, 'cohorts', cohortId, 'materials', materialId)
          : doc(collection(db, 'cohorts', cohortId, 'materials')),
        {
          moduleId,
          title,
          source,
          kind,
          minutes,
          required,
          url,
          order,
          phase: phase ?? deleteField(),
          changedAt: serverTimestamp(),
        },
        { merge: true },
      );
    },
    onSettled: settle,
  });
  const remove = useMutation({
    mutationFn: (materialId: string) =>
      deleteDoc(doc(db, 'cohorts', cohortId, 'materials', materialId)),
    onSettled: settle,
  });
  return { save, remove };
}
