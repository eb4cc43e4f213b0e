import { useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { doc, getDocs, serverTimestamp, setDoc, type DocumentSnapshot } from 'firebase/firestore';
import { db, queryRef } from '@/lib/firebase/firestore';
import {
  AUDIT_PAGE,
  auditLogQuery,
  auditSettingsDoc,
  type AuditFilters,
} from '@/lib/firestore/audit-refs';
import { AUDIT_RETENTION } from '@/lib/firestore/audit-schemas';
import { readDoc } from '@/lib/firestore/read';
import { queryClient } from '@/lib/query-client';

export const auditKeys = {
  all: ['auditLog'] as const,
  list: (filters: AuditFilters) => ['auditLog', 'list', filters] as const,
  settings: () => ['auditLog', 'settings'] as const,
};

/** The audit log, newest first, a page at a time, filtered by kind of action and cohort. */
export function useAuditLog(filters: AuditFilters) {
  const query = useInfiniteQuery({
    queryKey: auditKeys.list(filters),
    initialPageParam: undefined as DocumentSnapshot | undefined,
    queryFn: async ({ pageParam }) => {
      const snapshot = await getDocs(queryRef(auditLogQuery(filters, pageParam)));
      const docs = snapshot.docs.slice(0, AUDIT_PAGE);
      return {
        records: docs.map((d) => d.data()),
        next: snapshot.docs.length > AUDIT_PAGE ? docs.at(-1) : undefined,
      };
    },
    getNextPageParam: (page) => page.next,
  });
  return { ...query, records: query.data?.pages.flatMap((page) => page.records) ?? [] };
}

/** How many months records are kept; the default until the team chooses. */
export function useAuditRetention() {
  return useQuery({
    queryKey: auditKeys.settings(),
    queryFn: async () =>
      (await readDoc(auditSettingsDoc()))?.retentionMonths ?? AUDIT_RETENTION.defaultMonths,
  });
}

export function useSetAuditRetention(uid: string) {
  return useMutation({
    mutationFn: (retentionMonths: number) =>
      setDoc(doc(db, auditSettingsDoc().path), {
        retentionMonths,
        updatedBy: uid,
        updatedAt: serverTimestamp(),
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: auditKeys.settings() }),
  });
}
