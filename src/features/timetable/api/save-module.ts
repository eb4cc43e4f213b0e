import { useMutation } from '@tanstack/react-query';
import { doc, serverTimestamp, setDoc } from 'firebase/firestore';
import { db } from '@/lib/firebase/firestore';
import type { Module } from '@/lib/firestore/schemas';
import { queryClient } from '@/lib/query-client';
import { timetableKeys } from './get-modules';

export type ModuleDraft = Omit<Module, 'revision' | 'changedAt'>;

/** Every save raises the revision, so calendar files that people imported update rather than duplicate. */
export function useSaveModule(cohortId: string) {
  return useMutation({
    mutationFn: ({
      moduleId,
      module,
      revision,
    }: {
      moduleId: string;
      module: ModuleDraft;
      revision: number;
    }) => {
      const { joiningDetails, ...rest } = module;
      return setDoc(doc(db, 'cohorts', cohortId, 'modules', moduleId), {
        ...rest,
        ...(joiningDetails ? { joiningDetails } : {}),
        revision,
        changedAt: serverTimestamp(),
      });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: timetableKeys.modules(cohortId) }),
  });
}
