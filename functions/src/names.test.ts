import { FieldValue } from 'firebase-admin/firestore';
import { beforeEach, describe, expect, it } from 'vitest';
import { cohortA } from '../../scripts/seed/demo-people';
import { seedDemoData } from '../../scripts/seed/seed';
import { adminDb } from './admin';
import { spreadName } from './names';

const [helen] = cohortA.facilitators;
const [amara, gareth] = cohortA.participants;
const base = `cohorts/${cohortA.id}`;

async function eventually(check: () => Promise<boolean>) {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('The trigger did not spread the name in time');
    await new Promise((wait) => setTimeout(wait, 250));
  }
}

describe('a change of name', () => {
  beforeEach(seedDemoData);

  it('reaches the memberships, the network profile and the author name of everything written', async () => {
    const name = 'Amara Okafor-Reid';
    await adminDb().doc(`users/${amara!.uid}`).update({ displayName: name });
    await eventually(
      async () =>
        (await adminDb().doc(`${base}/members/${amara!.uid}`).get()).get('displayName') === name,
    );
    await eventually(async () => {
      const entries = await adminDb()
        .collection(`${base}/journal`)
        .where('authorUid', '==', amara!.uid)
        .get();
      return entries.docs.every((entry) => entry.get('authorName') === name);
    });
    const entries = await adminDb()
      .collection(`${base}/journal`)
      .where('authorUid', '==', amara!.uid)
      .get();
    expect(entries.size).toBeGreaterThan(0);
    const profile = await adminDb().doc(`networkProfiles/${amara!.uid}`).get();
    expect(profile.get('displayName')).toBe(name);
    expect(profile.get('nameLower')).toBe(name.toLowerCase());
    // Nothing of anyone else changed.
    const others = await adminDb().doc(`${base}/journal/gareth-m2-shared`).get();
    expect(others.get('authorName')).toBe(gareth!.displayName);
  });

  it('reaches replies and announcements, and a second run changes nothing', async () => {
    const db = adminDb();
    await db
      .doc(`users/${helen!.uid}`)
      .set({ displayName: 'Dr Helen Marsh-Khan' }, { merge: true });
    await spreadName(db, helen!.uid);
    const announcements = await db
      .collection(`${base}/announcements`)
      .where('authorUid', '==', helen!.uid)
      .get();
    expect(announcements.size).toBeGreaterThan(0);
    for (const announcement of announcements.docs) {
      expect(announcement.get('authorName')).toBe('Dr Helen Marsh-Khan');
    }
    await db.doc(`users/${gareth!.uid}`).set({ displayName: 'Gareth P. Price' }, { merge: true });
    await spreadName(db, gareth!.uid);
    const reply = await db.doc(`${base}/journal/amara-m1-shared/comments/c1`).get();
    expect(reply.get('authorName')).toBe('Gareth P. Price');
    expect(await spreadName(db, gareth!.uid)).toBe(0);
  });

  it('carries a new organisation and job title to the people lists, and a cleared one away', async () => {
    const db = adminDb();
    const membership = db.doc(`${base}/members/${gareth!.uid}`);
    const networkBefore = (await db.doc(`networkProfiles/${amara!.uid}`).get()).data();
    await db
      .doc(`users/${gareth!.uid}`)
      .set({ organisation: 'Calder Valley ICB', jobTitle: 'Director of Place' }, { merge: true });
    await eventually(
      async () => (await membership.get()).get('organisation') === 'Calder Valley ICB',
    );
    expect((await membership.get()).get('jobTitle')).toBe('Director of Place');
    await db.doc(`users/${gareth!.uid}`).update({ jobTitle: FieldValue.delete() });
    await eventually(async () => (await membership.get()).get('jobTitle') === undefined);
    expect((await membership.get()).get('organisation')).toBe('Calder Valley ICB');
    expect(await spreadName(db, gareth!.uid)).toBe(0);
    // Someone else's membership and network profile are untouched.
    expect((await db.doc(`networkProfiles/${amara!.uid}`).get()).data()).toEqual(networkBefore);
  });
});
