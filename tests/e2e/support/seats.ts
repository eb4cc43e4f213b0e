import { FieldValue, type DocumentData } from 'firebase-admin/firestore';
import { adminDb } from './admin';

/**
 * Frees seats in a cohort for people a test adds behind the interface. Cohort A is seeded full
 * (scripts/seed/demo-waiting-list.ts), and the seat limit is the schema's maximum, so a test cannot
 * raise it: it withdraws the oldest pending participant invitations (the seed’s) instead, each with its seat in
 * one batch as withdrawInvitation does, so seatsTaken still counts participants plus pending
 * invitations (decision 0024). The function it returns puts those invitations and seats back.
 */
export async function makeRoom(cohortId: string, seats = 1): Promise<() => Promise<void>> {
  const db = adminDb();
  const cohort = db.doc(`cohorts/${cohortId}`);
  const [snapshot, invitations] = await Promise.all([
    cohort.get(),
    cohort.collection('invitations').get(),
  ]);
  const free = (snapshot.get('seatLimit') as number) - (snapshot.get('seatsTaken') as number);
  const withdrawn = invitations.docs
    .filter((invitation) => invitation.get('role') === 'participant')
    .sort((a, b) => a.get('createdAt').toMillis() - b.get('createdAt').toMillis())
    .slice(0, Math.max(0, seats - free));
  if (withdrawn.length < seats - free) {
    throw new Error(`${cohortId} has no ${seats} seats to free: too few pending invitations.`);
  }
  const kept: [string, DocumentData][] = withdrawn.map((doc) => [doc.ref.path, doc.data()]);
  if (kept.length > 0) {
    const batch = db.batch();
    for (const invitation of withdrawn) batch.delete(invitation.ref);
    batch.update(cohort, { seatsTaken: FieldValue.increment(-kept.length) });
    await batch.commit();
  }
  return async () => {
    if (kept.length === 0) return;
    const batch = db.batch();
    for (const [path, data] of kept) batch.set(db.doc(path), data);
    batch.update(cohort, { seatsTaken: FieldValue.increment(kept.length) });
    await batch.commit();
  };
}
