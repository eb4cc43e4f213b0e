import { useMutation } from '@tanstack/react-query';
import { doc, serverTimestamp, setDoc } from 'firebase/firestore';
import { db } from '@/lib/firebase/firestore';
import type { Module } from '@/lib/firestore/schemas';
import { queryClient } from '@/lib/query-client';
import { timetableKeys } from './get-modules';

export type ModuleDraft = Omit<Module, 'revision' | 'changedAt' | 'quiet'>;

/**
 * Every save raises the revision, so calendar files that people imported update rather than
 * duplicate. `quiet` is written every time, so one quiet save never silences the next.
 */
export function useSaveModule(cohortId: string) {
  return useMutation({
    mutationFn: ({
      moduleId,
      module,
      revision,
      quiet,
    }: {
      moduleId: string;
      module: ModuleDraft;
      revision: number;
      quiet: boolean;
    }) => {
      const { joiningDetails, ...rest } = module;
      return setDoc(doc(db, 'cohorts', cohortId, 'modules', moduleId), {
        ...rest,
        ...(joiningDetails ? { joiningDetails } : {}),
        revision,
        quiet,
        changedAt: serverTimestamp(),
      });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: timetableKeys.modules(cohortId) }),
  });
}
