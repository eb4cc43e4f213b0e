import { queryOptions } from '@tanstack/react-query';
import { readQuery } from '@/lib/firestore/read';
import { myDeparturesQuery } from '@/lib/firestore/notices-refs';
import { myJournalQuery } from '@/lib/firestore/refs';

export const departureKeys = {
  mine: (uid: string) => ['departures', uid] as const,
};

/** The cohorts a person was removed from whose grace period is still running, with their entries. */
async function fetchMyDepartures(uid: string) {
  const now = Date.now();
  const open = (await readQuery(myDeparturesQuery(uid))).filter(
    (departure) => departure.accessEndsAt.getTime() > now,
  );
  return Promise.all(
    open.map(async (departure) => ({
      ...departure,
      entries: (await readQuery(myJournalQuery(departure.cohortId, uid))).sort(
        (a, b) => b.createdAt.getTime() - a.createdAt.getTime(),
      ),
    })),
  );
}

export const myDeparturesQueryOptions = (uid: string) =>
  queryOptions({ queryKey: departureKeys.mine(uid), queryFn: () => fetchMyDepartures(uid) });
