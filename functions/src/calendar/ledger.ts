import { createHash } from 'node:crypto';
import type { DocumentReference, Firestore, Transaction } from 'firebase-admin/firestore';
import { londonDateAndTime } from '@/lib/dates';
import { directorCallSchema } from '@/lib/firestore/schemas';
import { parseModule, type CohortModule } from '../cohort-data';

/** How long a removed day, session or call stays in the feed as cancelled before it leaves it. */
export const CANCELLED_KEPT_DAYS = 60;
const DAY_MS = 24 * 60 * 60_000;
const DIRECTOR_CALL_MINUTES = 45;

/** What the feed says of one event; wall-clock times are Europe/London's. */
export type EventContent = {
  summary: string;
  description: string;
  location: string;
  date: string;
  /** Absent for a whole day (a module day); present for a session or call. */
  start?: string;
  end?: string;
  /** Set for a director call: only that participant's feed carries it. */
  uid?: string;
};

export type LedgerEvent = EventContent & {
  /** The document id in the ledger, and the heart of the event's UID. */
  key: string;
  hash: string;
  sequence: number;
  changedAt: Date;
  cancelledAt?: Date;
};

export const ledgerPath = (cohortId: string) => `calendarLedger/${cohortId}/events`;

const digest = (value: string) => createHash('sha256').update(value).digest('base64url');
const hashOf = (content: EventContent) => digest(JSON.stringify(content));
const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3));
const clockOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Sessions carry no id, so a session is known by its module, title and how many sessions of that
 * title come before it: a moved or retimed session keeps its UID, a renamed one is a new event.
 */
function moduleEvents(module: CohortModule): Map<string, EventContent> {
  const events = new Map<string, EventContent>();
  const where = module.venue;
  module.days.forEach((date, index) => {
    events.set(`day-${module.id}-${index + 1}`, {
      summary: `Module ${module.number}, day ${index + 1}: ${module.title}`,
      description: module.joiningDetails ?? '',
      location: where,
      date,
    });
  });
  const seen = new Map<string, number>();
  const ordered = [...module.sessions].sort(
    (a, b) => a.day - b.day || a.start.localeCompare(b.start),
  );
  for (const session of ordered) {
    const count = seen.get(session.title) ?? 0;
    seen.set(session.title, count + 1);
    const key = `session-${module.id}-${digest(`${session.title}\u0000${count}`).slice(0, 16)}`;
    events.set(key, {
      summary: `${session.title} (module ${module.number})`,
      description: session.leader ? `With ${session.leader}.` : '',
      location: where,
      date: module.days[session.day - 1] ?? module.days[0],
      start: session.start,
      end: session.end,
    });
  }
  return events;
}

/** Every event the cohort's timetable and director calls hold now, by ledger key. */
async function currentEvents(
  tx: Transaction,
  db: Firestore,
  cohortId: string,
): Promise<Map<string, EventContent>> {
  const [modules, calls] = await Promise.all([
    tx.get(db.collection(`cohorts/${cohortId}/modules`)),
    tx.get(db.collection(`cohorts/${cohortId}/directorCalls`)),
  ]);
  const events = new Map<string, EventContent>();
  for (const doc of modules.docs) {
    const module = parseModule(doc.id, doc.data());
    if (module) for (const [key, event] of moduleEvents(module)) events.set(key, event);
  }
  for (const doc of calls.docs) {
    const call = directorCallSchema.safeParse(doc.data());
    if (!call.success || !call.data.scheduledAt) continue;
    const { date, time } = londonDateAndTime(call.data.scheduledAt);
    // The summary the director writes stays in the portal: a calendar is often shared or synced.
    events.set(`call-${doc.id}`, {
      summary: 'Your call with the programme director',
      description: 'The director will call you. Your goals from the call are in the portal.',
      location: '',
      date,
      start: time,
      end: clockOf(Math.min(minutesOf(time) + DIRECTOR_CALL_MINUTES, 23 * 60 + 59)),
      uid: doc.id,
    });
  }
  return events;
}

type Stored = Record<string, unknown>;

export function readLedgerEvent(key: string, data: Stored): LedgerEvent {
  const date = (value: unknown) => (value as { toDate: () => Date }).toDate();
  return {
    key,
    summary: data['summary'] as string,
    description: data['description'] as string,
    location: data['location'] as string,
    date: data['date'] as string,
    ...(typeof data['start'] === 'string' ? { start: data['start'] } : {}),
    ...(typeof data['end'] === 'string' ? { end: data['end'] } : {}),
    ...(typeof data['uid'] === 'string' ? { uid: data['uid'] } : {}),
    hash: data['hash'] as string,
    sequence: data['sequence'] as number,
    changedAt: date(data['changedAt']),
    ...(data['cancelledAt'] ? { cancelledAt: date(data['cancelledAt']) } : {}),
  };
}

/**
 * Brings the cohort's event ledger up to the timetable: a new event starts at SEQUENCE 0, a changed
 * one (by content hash) rises by one, a vanished one is marked cancelled and rises by one, and a
 * cancelled one older than the window is deleted. The same state seen twice writes nothing, so a
 * trigger delivered twice, or a feed and a trigger at once, raise SEQUENCE once.
 */
export async function syncCalendarLedger(
  db: Firestore,
  cohortId: string,
  now: Date,
): Promise<LedgerEvent[]> {
  return db.runTransaction(async (tx) => {
    const ledger = await tx.get(db.collection(ledgerPath(cohortId)));
    const current = await currentEvents(tx, db, cohortId);
    const kept = new Map(ledger.docs.map((doc) => [doc.id, readLedgerEvent(doc.id, doc.data())]));
    const ref = (key: string): DocumentReference => db.collection(ledgerPath(cohortId)).doc(key);
    const result: LedgerEvent[] = [];

    for (const [key, content] of current) {
      const hash = hashOf(content);
      const before = kept.get(key);
      if (before && before.hash === hash && !before.cancelledAt) {
        result.push(before);
        continue;
      }
      const event: LedgerEvent = {
        key,
        ...content,
        hash,
        sequence: before ? before.sequence + 1 : 0,
        changedAt: now,
      };
      tx.set(ref(key), event);
      result.push(event);
    }
    for (const [key, before] of kept) {
      if (current.has(key)) continue;
      if (!before.cancelledAt) {
        const event = {
          ...before,
          sequence: before.sequence + 1,
          changedAt: now,
          cancelledAt: now,
        };
        tx.set(ref(key), event);
        result.push(event);
      } else if (now.getTime() - before.cancelledAt.getTime() > CANCELLED_KEPT_DAYS * DAY_MS) {
        tx.delete(ref(key));
      } else {
        result.push(before);
      }
    }
    return result;
  });
}
