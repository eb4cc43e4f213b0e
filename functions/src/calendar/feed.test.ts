import ICAL from 'ical.js';
import { FieldValue, type Timestamp } from 'firebase-admin/firestore';
import { beforeEach, describe, expect, it } from 'vitest';
import { londonDateAndTime, londonInstant } from '@/lib/dates';
import { moduleSchema } from '@/lib/firestore/schemas';
import { cohortA } from '../../../scripts/seed/demo-people';
import { seedDemoData } from '../../../scripts/seed/seed';
import { adminDb } from '../admin';
import { eraseParticipant, planErasure } from '../data-rights/erasure';
import { callFunction, idTokenOf } from '../testing/callables';
import { syncCalendarLedger } from './ledger';

const [amara, gareth] = cohortA.participants;
// The emulated function itself; Hosting's /calendar/** rewrite reaches the same path.
const functionUrl = 'http://127.0.0.1:5001/demo-leadership-portal/europe-west2/calendarFeed';
const cohort = () => adminDb().doc(`cohorts/${cohortA.id}`);

async function newAddress(email: string): Promise<string> {
  const answer = await callFunction<{ url: string }>('calendarAddress', await idTokenOf(email), {
    action: 'make',
  });
  const url = answer.result?.url ?? '';
  expect(url).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  return url;
}

const fetchFeed = (address: string, headers: Record<string, string> = {}) =>
  fetch(`${functionUrl}${new URL(address).pathname}`, { headers });

type FeedEvent = {
  uid: string;
  summary: string;
  start: Date;
  sequence: number;
  status: string;
  tzid: string | null;
};

/** Read with ical.js, an independent parser, with the feed's own VTIMEZONE registered. */
function parse(ics: string): FeedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const start = vevent.getFirstProperty('dtstart');
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate(),
      sequence: Number(vevent.getFirstPropertyValue('sequence')),
      status: String(vevent.getFirstPropertyValue('status')),
      tzid: (start?.getParameter('tzid') as string | undefined) ?? null,
    };
  });
}

async function modulesNow() {
  const snapshot = await cohort().collection('modules').get();
  return snapshot.docs.map((doc) => ({ ...moduleSchema.parse(doc.data()), id: doc.id }));
}

const isCall = (event: FeedEvent) => event.summary === 'Your call with the programme director';

describe('the calendar feed', () => {
  beforeEach(seedDemoData);

  it('parses, and holds every module day and session of the cohort and her own call alone', async () => {
    const address = await newAddress(amara!.email);
    const response = await fetchFeed(address);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, max-age=3600');
    expect(response.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const events = parse(await response.text());

    const modules = await modulesNow();
    const sessions = modules.flatMap((module) =>
      module.sessions.map((session) => ({ module, session })),
    );
    expect(events.filter((event) => event.summary.startsWith('Module '))).toHaveLength(
      modules.length * 2,
    );
    expect(events).toHaveLength(modules.length * 2 + sessions.length + 1);
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
    expect(events.every((event) => event.status === 'CONFIRMED')).toBe(true);

    // Every session at its London time, whichever side of the clocks changing it falls.
    for (const { module, session } of sessions) {
      const found = events.find(
        (event) =>
          event.summary === `${session.title} (module ${module.number})` &&
          event.start.getTime() ===
            londonInstant(module.days[session.day - 1] ?? '', session.start).getTime(),
      );
      expect(found, `${session.title} in module ${module.number}`).toBeDefined();
      expect(found?.tzid).toBe('Europe/London');
    }

    const calls = events.filter(isCall);
    const own = (await cohort().collection('directorCalls').doc(amara!.uid).get()).get(
      'scheduledAt',
    ) as Timestamp;
    expect(calls.map((call) => call.start.getTime())).toEqual([own.toDate().getTime()]);
  });

  it("shows one person nothing of another's director call", async () => {
    const calls = cohort().collection('directorCalls');
    const amaraCall = (
      (await calls.doc(amara!.uid).get()).get('scheduledAt') as Timestamp
    ).toDate();
    const garethCall = (
      (await calls.doc(gareth!.uid).get()).get('scheduledAt') as Timestamp
    ).toDate();
    expect(amaraCall.getTime()).not.toBe(garethCall.getTime());
    const ics = await (await fetchFeed(await newAddress(gareth!.email))).text();
    const inFeed = parse(ics).filter(isCall);
    expect(inFeed.map((call) => call.start.getTime())).toEqual([garethCall.getTime()]);
    expect(ics).not.toContain(amara!.uid);
    expect(ics).not.toContain(londonDateAndTime(amaraCall).date.replace(/-/g, ''));
  });

  it('moves a session in place with a higher SEQUENCE, and sends a removed module’s days as cancelled', async () => {
    const address = await newAddress(amara!.email);
    const first = await fetchFeed(address);
    const etag = first.headers.get('etag') ?? '';
    const before = parse(await first.text());
    expect((await fetchFeed(address, { 'If-None-Match': etag })).status).toBe(304);

    const module3 = (await modulesNow()).find((module) => module.number === 3)!;
    const [moved, ...rest] = module3.sessions;
    const movedTitle = `${moved!.title} (module 3)`;
    const session = before.find((event) => event.summary === movedTitle)!;
    const days4 = before.filter((event) => event.summary.startsWith('Module 4, day'));
    expect(days4).toHaveLength(2);

    // What the facilitators' editor writes: the session an hour later, the revision up by one.
    const later = { ...moved!, start: '11:00', end: '11:45' };
    await cohort()
      .collection('modules')
      .doc(module3.id)
      .update({
        sessions: [later, ...rest],
        revision: module3.revision + 1,
        changedAt: FieldValue.serverTimestamp(),
      });
    await cohort().collection('modules').doc('module-4').delete();

    const changed = await fetchFeed(address, { 'If-None-Match': etag });
    expect(changed.status).toBe(200);
    const after = parse(await changed.text());
    const movedNow = after.filter((event) => event.uid === session.uid);
    expect(movedNow).toHaveLength(1);
    expect(movedNow[0]?.start.getTime()).toBe(londonInstant(module3.days[0], '11:00').getTime());
    expect(movedNow[0]?.sequence).toBe(session.sequence + 1);
    expect(movedNow[0]?.status).toBe('CONFIRMED');
    for (const day of days4) {
      const now = after.find((event) => event.uid === day.uid);
      expect(now).toMatchObject({ status: 'CANCELLED', sequence: day.sequence + 1 });
    }

    // The same change delivered again (a trigger's retry) raises nothing.
    await syncCalendarLedger(adminDb(), cohortA.id, new Date());
    await syncCalendarLedger(adminDb(), cohortA.id, new Date());
    const again = parse(await (await fetchFeed(address)).text());
    expect(again.find((event) => event.uid === session.uid)?.sequence).toBe(session.sequence + 1);
    expect(again.find((event) => event.uid === days4[0]?.uid)?.sequence).toBe(
      days4[0]!.sequence + 1,
    );

    // Past the window, the cancelled days leave the feed.
    await syncCalendarLedger(adminDb(), cohortA.id, new Date(Date.now() + 61 * 24 * 60 * 60_000));
    const gone = parse(await (await fetchFeed(address)).text());
    expect(gone.filter((event) => days4.some((day) => day.uid === event.uid))).toEqual([]);
    expect(gone.find((event) => event.uid === session.uid)).toBeDefined();
  });

  it('answers a revoked, replaced or unknown address with a bare 404', async () => {
    const token = await idTokenOf(amara!.email);
    const first = await newAddress(amara!.email);
    expect((await fetchFeed(first)).status).toBe(200);
    const second = await newAddress(amara!.email);
    const replaced = await fetchFeed(first);
    expect(replaced.status).toBe(404);
    expect(await replaced.text()).toBe('');
    expect((await fetchFeed(second)).status).toBe(200);

    const status = await callFunction<{ createdAt: string | null }>('calendarAddress', token, {
      action: 'status',
    });
    expect(status.result?.createdAt).toEqual(expect.any(String));
    await callFunction('calendarAddress', token, { action: 'revoke' });
    const revoked = await fetchFeed(second);
    expect(revoked.status).toBe(404);
    expect(await revoked.text()).toBe('');
    expect(
      (
        await callFunction<{ createdAt: string | null }>('calendarAddress', token, {
          action: 'status',
        })
      ).result,
    ).toEqual({ createdAt: null });
    expect((await fetch(`${functionUrl}/calendar/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await fetch(`${functionUrl}/calendar/short.ics`)).status).toBe(404);
    expect((await callFunction('calendarAddress', null, { action: 'make' })).status).toBe(401);
  });

  it('keeps only a hash of the token, never the token', async () => {
    const address = await newAddress(amara!.email);
    const token = /([A-Za-z0-9_-]{43})\.ics$/.exec(address)?.[1] ?? '';
    const stored = (await adminDb().doc(`calendarFeeds/${amara!.uid}`).get()).data();
    expect(Object.keys(stored ?? {}).sort()).toEqual(['createdAt', 'tokenHash', 'uid']);
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('empties the feed of someone no longer in the cohort', async () => {
    const address = await newAddress(amara!.email);
    await cohort().collection('members').doc(amara!.uid).delete();
    const response = await fetchFeed(address);
    expect(response.status).toBe(200);
    expect(parse(await response.text())).toEqual([]);
  });

  it('erases the feed token and the ledger copy of the call with the person', async () => {
    const address = await newAddress(amara!.email);
    expect((await fetchFeed(address)).status).toBe(200);
    const db = adminDb();
    const callInLedger = db.doc(`calendarLedger/${cohortA.id}/events/call-${amara!.uid}`);
    expect((await callInLedger.get()).exists).toBe(true);
    await eraseParticipant(db, await planErasure(db, cohortA.id, amara!.uid, amara!.email));
    expect((await db.doc(`calendarFeeds/${amara!.uid}`).get()).exists).toBe(false);
    expect((await callInLedger.get()).exists).toBe(false);
    expect((await fetchFeed(address)).status).toBe(404);
  });
});
