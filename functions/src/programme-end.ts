import type { Firestore } from 'firebase-admin/firestore';

/**
 * The programme ends on module 4's last day, so the cohort's end date (in invitations and the
 * cohort list) follows module 4 when the timetable moves it later. Never earlier: facilitators
 * write the timetable, and the end date also decides when the cohort's content is deleted
 * (decision 0029), so a module 4 moved into the past must not bring that day forward; an earlier
 * end is the programme team's to set. It reads module 4 afresh and writes only a later date, so a
 * repeated or late delivery changes nothing. Returns the end date it set, or null.
 */
export async function alignProgrammeEnd(db: Firestore, cohortId: string): Promise<string | null> {
  const cohortRef = db.doc(`cohorts/${cohortId}`);
  const [cohort, lastModules] = await Promise.all([
    cohortRef.get(),
    cohortRef.collection('modules').where('number', '==', 4).get(),
  ]);
  const days = lastModules.docs[0]?.get('days') as unknown;
  const lastDay = Array.isArray(days) && typeof days[1] === 'string' ? days[1] : null;
  const current = cohort.get('endDate') as unknown;
  if (!cohort.exists || !lastDay || (typeof current === 'string' && current >= lastDay))
    return null;
  await cohortRef.update({ endDate: lastDay });
  return lastDay;
}

/** Only a write to module 4 (made, moved, renumbered or removed) can change the end date. */
export function concernsProgrammeEnd(before: unknown, after: unknown): boolean {
  return before === 4 || after === 4;
}
