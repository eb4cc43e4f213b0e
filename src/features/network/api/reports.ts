import { queryOptions, useMutation, useSuspenseQuery } from '@tanstack/react-query';
import { deleteDoc, doc } from 'firebase/firestore';
import { db } from '@/lib/firebase/firestore';
import { readQuery } from '@/lib/firestore/read';
import { networkReportsQuery } from '@/lib/firestore/network-refs';
import { queryClient } from '@/lib/query-client';
import { networkKeys } from './network-keys';

export const networkReportsQueryOptions = () =>
  queryOptions({
    queryKey: networkKeys.reports(),
    queryFn: async () => await readQuery(networkReportsQuery()),
  });

export const useNetworkReports = () => useSuspenseQuery(networkReportsQueryOptions());

/** A report is dealt with (the post hidden, or left as it is): it leaves the list. */
export const useDismissReport = () =>
  useMutation({
    mutationFn: (reportId: string) => deleteDoc(doc(db, 'networkReports', reportId)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: networkKeys.reports() }),
  });
