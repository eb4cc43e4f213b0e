import type { Firestore } from 'firebase-admin/firestore';

/**
 * The programme ends on module 4's last day, so the cohort's end date (in invitations and the
 * cohort list) follows module 4 whenever the timetable moves it. It reads module 4 afresh and
 * writes only a different date, so a repeated or late delivery changes nothing. Returns the end
 * date it set, or null when there was nothing to change.
 */
export async function alignProgrammeEnd(db: Firestore, cohortId: string): Promise<string | null> {
  const cohortRef = db.doc(`cohorts/${cohortId}`);
  const [cohort, lastModules] = await Promise.all([
    cohortRef.get(),
    cohortRef.collection('modules').where('number', '==', 4).get(),
  ]);
  const days = lastModules.docs[0]?.get('days') as unknown;
  const lastDay = Array.isArray(days) && typeof days[1] === 'string' ? days[1] : null;
  if (!cohort.exists || !lastDay || cohort.get('endDate') === lastDay) return null;
  await cohortRef.update({ endDate: lastDay });
  return lastDay;
}
