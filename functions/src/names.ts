import { FieldValue, type DocumentReference, type Firestore } from 'firebase-admin/firestore';

// A person's name is theirs to change on their profile (users/{uid}); what others see of it is
// copied onto their memberships, their network profile, and the author name of what they wrote,
// which the rules require to equal their membership name. Only trusted code writes those copies.
// Their organisation and job title reach the people lists the same way, through the memberships;
// the network profile keeps its own, which the person edits there.

const BATCH = 400;

async function inBatches(db: Firestore, writes: [DocumentReference, Record<string, unknown>][]) {
  for (let start = 0; start < writes.length; start += BATCH) {
    const batch = db.batch();
    for (const [ref, fields] of writes.slice(start, start + BATCH)) batch.update(ref, fields);
    await batch.commit();
  }
}

/**
 * Copies the profile's current name everywhere it is shown, and its organisation and job title to
 * the memberships. It reads the name afresh rather than
 * trusting the event, and writes only what differs, so a repeated or late delivery changes nothing.
 * Returns how many documents it changed.
 */
export async function spreadName(db: Firestore, uid: string): Promise<number> {
  const profile = await db.doc(`users/${uid}`).get();
  const name = profile.get('displayName');
  if (typeof name !== 'string' || name.length === 0) return 0;
  const details = (['organisation', 'jobTitle'] as const).map((field) => {
    const value = profile.get(field);
    return [field, typeof value === 'string' && value.length > 0 ? value : undefined] as const;
  });
  const writes: [DocumentReference, Record<string, unknown>][] = [];
  const differs = (value: unknown) => value !== name;

  const memberships = await db.collectionGroup('members').where('uid', '==', uid).get();
  for (const membership of memberships.docs) {
    const changes: Record<string, unknown> = {};
    if (differs(membership.get('displayName'))) changes['displayName'] = name;
    for (const [field, value] of details) {
      const shown = membership.get(field) as unknown;
      // A cleared field is removed, as the sign-up leaves it out, rather than kept as ''.
      if (value === undefined ? shown !== undefined : shown !== value) {
        changes[field] = value ?? FieldValue.delete();
      }
    }
    if (Object.keys(changes).length > 0) writes.push([membership.ref, changes]);
    const cohort = membership.ref.parent.parent;
    if (!cohort) continue;
    const written = await Promise.all([
      cohort.collection('journal').where('authorUid', '==', uid).get(),
      cohort.collection('announcements').where('authorUid', '==', uid).get(),
    ]);
    for (const doc of written.flatMap((page) => page.docs)) {
      if (differs(doc.get('authorName'))) writes.push([doc.ref, { authorName: name }]);
    }
  }
  const comments = await db.collectionGroup('comments').where('authorUid', '==', uid).get();
  for (const comment of comments.docs) {
    if (differs(comment.get('authorName'))) writes.push([comment.ref, { authorName: name }]);
  }
  const networkProfile = await db.doc(`networkProfiles/${uid}`).get();
  if (networkProfile.exists && differs(networkProfile.get('displayName'))) {
    writes.push([networkProfile.ref, { displayName: name, nameLower: name.toLowerCase() }]);
  }
  await inBatches(db, writes);
  return writes.length;
}
