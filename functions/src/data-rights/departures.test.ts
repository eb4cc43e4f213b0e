import { beforeEach, describe, expect, it } from 'vitest';
import { cohortA } from '../../../scripts/seed/demo-people';
import { seedDemoData } from '../../../scripts/seed/seed';
import {
  clearInbox,
  recipientOf,
  waitForEmails,
  caughtEmails,
} from '../../../tests/support/mail-catcher';
import { adminDb } from '../admin';
import { sendDepartureNotice } from '../emails/departure';
import { callFunction, idTokenOf } from '../testing/callables';
import { testServices } from '../testing/test-services';
import { eraseEndedDepartures } from './departures';

const [helen] = cohortA.facilitators;
const [amara] = cohortA.participants;
const cohortId = cohortA.id;
const departurePath = `departures/${cohortId}__${amara!.uid}`;
const DAY = 86_400_000;

const amarasEntries = async () =>
  (
    await adminDb()
      .collection(`cohorts/${cohortId}/journal`)
      .where('authorUid', '==', amara!.uid)
      .get()
  ).docs
    .map((d) => d.id)
    .sort();

async function removeAmara() {
  const removed = await callFunction<string>('removeParticipant', await idTokenOf(helen!.email), {
    cohortId,
    uid: amara!.uid,
  });
  expect(removed.result).toBe('freed');
  const departure = await adminDb().doc(departurePath).get();
  return (departure.get('endedAt') as FirebaseFirestore.Timestamp).toDate();
}

describe('removing a participant', () => {
  beforeEach(async () => {
    await seedDemoData();
    await clearInbox();
  });

  it('ends their membership and frees the seat at once, keeps their writing, and tells them once by email', async () => {
    const seatsBefore = (await adminDb().doc(`cohorts/${cohortId}`).get()).get('seatsTaken');
    const entries = await amarasEntries();
    const endedAt = await removeAmara();

    expect((await adminDb().doc(`cohorts/${cohortId}/members/${amara!.uid}`).get()).exists).toBe(
      false,
    );
    expect((await adminDb().doc(`cohorts/${cohortId}`).get()).get('seatsTaken')).toBe(
      seatsBefore - 1,
    );
    expect(await amarasEntries()).toEqual(entries);
    const departure = (await adminDb().doc(departurePath).get()).data() ?? {};
    expect(Object.keys(departure).sort()).toEqual([
      'accessEndsAt',
      'cohortId',
      'cohortName',
      'displayName',
      'endedAt',
      'uid',
    ]);
    expect(departure['accessEndsAt'].toMillis() - endedAt.getTime()).toBe(30 * DAY);

    // The departureEmail trigger sends it too, when the emulator gets to it: between them, once.
    const id = `${cohortId}__${amara!.uid}`;
    await Promise.all([
      sendDepartureNotice(testServices(), id),
      sendDepartureNotice(testServices(), id),
    ]);
    expect(await sendDepartureNotice(testServices(), id)).toBe(false);
    const [notice] = await waitForEmails((e) => recipientOf(e) === amara!.email);
    expect(notice?.subject).toBe('Your place in Collaborative leadership — spring 2027 has ended');
    expect(notice?.text).toMatch(
      /Until \w+day \d+ \w+ \d{4} you can still sign in, read your own journal entries/,
    );
    // What she wrote never travels by email.
    expect(notice?.text).not.toContain('Worth watching');

    const ledger = await adminDb().collection('mailLedger').where('kind', '==', 'departure').get();
    expect(ledger.size).toBe(1);
    expect((await caughtEmails()).filter((e) => recipientOf(e) === amara!.email)).toHaveLength(1);
  });

  it('erases their cohort content once the grace period has ended, not before, keeps their network profile, and does it once', async () => {
    const endedAt = await removeAmara();
    const inGrace = testServices({ now: new Date(endedAt.getTime() + 29 * DAY) });
    expect(await eraseEndedDepartures(inGrace)).toBe(0);
    expect((await amarasEntries()).length).toBeGreaterThan(0);

    const after = testServices({ now: new Date(endedAt.getTime() + 30 * DAY + 60_000) });
    expect(await eraseEndedDepartures(after)).toBe(1);
    expect(await amarasEntries()).toEqual([]);
    for (const collection of ['goals', 'readings']) {
      const field = collection === 'goals' ? 'ownerUid' : 'uid';
      const left = await adminDb()
        .collection(`cohorts/${cohortId}/${collection}`)
        .where(field, '==', amara!.uid)
        .get();
      expect(left.size, collection).toBe(0);
    }
    expect(
      (await adminDb().doc(`cohorts/${cohortId}/directorCalls/${amara!.uid}`).get()).exists,
    ).toBe(false);
    expect((await adminDb().doc(departurePath).get()).exists).toBe(false);
    expect((await adminDb().doc(`networkProfiles/${amara!.uid}`).get()).exists).toBe(true);

    const audit = await adminDb().collection('auditLog').where('action', '==', 'erasure').get();
    expect(audit.docs.map((d) => d.get('detail'))).toEqual([{ from: 'grace-period' }]);
    const records = await adminDb().collection('erasures').where('uid', '==', amara!.uid).get();
    expect(records.docs.map((d) => d.get('erasedBy'))).toEqual(['removal-grace-period']);

    expect(await eraseEndedDepartures(after)).toBe(0);
    expect(
      (await adminDb().collection('auditLog').where('action', '==', 'erasure').get()).size,
    ).toBe(1);
  });

  it('erases nothing of someone invited back before the grace period ended', async () => {
    const endedAt = await removeAmara();
    await adminDb()
      .doc(`cohorts/${cohortId}/members/${amara!.uid}`)
      .set({ uid: amara!.uid, role: 'participant', displayName: amara!.displayName });
    const entries = await amarasEntries();
    const after = testServices({ now: new Date(endedAt.getTime() + 31 * DAY) });
    expect(await eraseEndedDepartures(after)).toBe(0);
    expect(await amarasEntries()).toEqual(entries);
    expect((await adminDb().doc(departurePath).get()).exists).toBe(false);
  });
});
