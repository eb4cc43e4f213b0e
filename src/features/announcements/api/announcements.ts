import { getDocs } from 'firebase/firestore';
import { db } from '@/lib/firebase/firestore';
import { useLiveQuery } from '@/lib/firestore/live-query';
import { announcementsQuery } from '@/lib/firestore/refs';

export const announcementKeys = {
  latest: (cohortId: string) => ['cohorts', cohortId, 'announcements'] as const,
};

/** Announcements arrive while the page is open, without a reload. */
export function useAnnouncements(cohortId: string) {
  const query = announcementsQuery(db, cohortId);
  return useLiveQuery(announcementKeys.latest(cohortId), query, async () =>
    (await getDocs(query)).docs.map((d) => d.data()),
  );
}
