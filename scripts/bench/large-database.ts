// The benchmark's database: full cohorts of 16, each with four modules, 40 materials, 200 journal
// entries and their replies, goals, reading records and director calls. Written with the Admin SDK
// into the emulators only.
import type { Auth } from 'firebase-admin/auth';
import type { Firestore, WriteBatch } from 'firebase-admin/firestore';
import { cohortLabel } from '../../src/lib/firestore/network-vocabulary.ts';
import { networkProfileOf } from '../seed/demo-network.ts';
import { DEMO_PASSWORD } from '../seed/demo-people.ts';
import { demoProgrammeShown, timetableAroundToday } from '../seed/demo-programme.ts';

export const benchCohortId = (index: number) => `bench-${String(index).padStart(2, '0')}`;
const participantUid = (cohort: number, n: number) =>
  `${benchCohortId(cohort)}-p${String(n).padStart(2, '0')}`;
const facilitatorUid = (cohort: number) => `${benchCohortId(cohort)}-f01`;

/** The participant whose dashboard is measured: in the first cohort. */
export const measuredParticipant = {
  uid: participantUid(0, 1),
  email: 'bench.participant@example.org',
  password: DEMO_PASSWORD,
};

const visibilities = ['private', 'facilitators', 'cohort', 'cohort'] as const;
const paragraph =
  'We met as a place team for the first time since the module and agreed one shared measure. ' +
  'The conversation was harder than expected, and better for it. ';

/** Writes in batches of at most 450 documents. */
class Writer {
  private batch: WriteBatch;
  private pending = 0;
  count = 0;
  constructor(private readonly db: Firestore) {
    this.batch = db.batch();
  }
  async set(path: string, data: Record<string, unknown>) {
    this.batch.set(this.db.doc(path), data);
    this.pending += 1;
    this.count += 1;
    if (this.pending >= 450) await this.flush();
  }
  async flush() {
    if (this.pending === 0) return;
    await this.batch.commit();
    this.batch = this.db.batch();
    this.pending = 0;
  }
}

const benchCohortName = (index: number) => `Bench cohort ${index + 1}`;

/**
 * Everyone of a bench cohort is in the national network. Each cohort posts 25 asks (2 replies
 * each), a minute later than the cohort before, by everyone but the measured participant in turn:
 * the noticeboard's first page then names 20 different people once there are two cohorts or more,
 * the most author look-ups a page can need.
 */
async function writeNetwork(writer: Writer, index: number, people: string[], at: Date) {
  const cohort = { id: benchCohortId(index), name: benchCohortName(index) };
  for (const [n, uid] of people.entries()) {
    const person = {
      uid,
      email: `${uid}@example.org`,
      displayName: `Person ${n + 1} of ${cohort.id}`,
      jobTitle: 'Director',
      organisation: 'NHS trust',
    };
    await writer.set(`networkProfiles/${uid}`, {
      ...networkProfileOf(person, [cohort], {
        sector: 'NHS provider',
        region: 'West Yorkshire',
        tags: ['Workforce', 'Integrated care'],
        openTo: ['conversations'],
      }),
      joinedAt: at,
      updatedAt: at,
    });
  }
  const authors = people.filter((uid) => uid !== measuredParticipant.uid);
  for (let p = 0; p < 25; p += 1) {
    const postPath = `networkPosts/${cohort.id}-post-${p}`;
    const written = new Date(at.getTime() + p * 3_600_000 + index * 60_000);
    const writing = { hidden: false, hiddenReason: '', createdAt: written, updatedAt: written };
    await writer.set(postPath, {
      authorUid: authors[p % authors.length],
      kind: p % 3 ? 'ask' : 'offer',
      title: `Has anyone pooled a budget with their council? (${p + 1})`,
      body: paragraph,
      tags: ['workforce'],
      ...writing,
    });
    for (let r = 1; r <= 2; r += 1) {
      await writer.set(`${postPath}/replies/reply-${r}`, {
        authorUid: authors[(p + r) % authors.length],
        body: 'We did; happy to talk it through.',
        ...writing,
      });
    }
  }
}

async function writeCohort(writer: Writer, index: number) {
  const id = benchCohortId(index);
  const base = `cohorts/${id}`;
  const facilitator = facilitatorUid(index);
  const timetable = timetableAroundToday(benchCohortName(index), {
    director: 'Dr Helen Carter',
    associate: 'Tom Okonjo',
  });
  const at = new Date(`${timetable.modules[1]?.days[1] ?? '2027-01-01'}T18:00:00Z`);
  // Its pages show the programme from the cohort itself (decision 0031), as in every cohort.
  await writer.set(base, {
    ...timetable.cohort,
    programme: demoProgrammeShown(timetable.cohort.programmeId),
    seatsTaken: 16,
  });
  await writer.set(`${base}/members/${facilitator}`, {
    uid: facilitator,
    role: 'facilitator',
    displayName: 'Dr Helen Carter',
    organisation: 'Programme team',
    jobTitle: 'Programme director',
  });
  for (const { id: moduleId, ...module } of timetable.modules) {
    await writer.set(`${base}/modules/${moduleId}`, module);
  }
  for (let m = 0; m < 40; m += 1) {
    await writer.set(`${base}/materials/material-${m}`, {
      moduleId: `module-${(m % 4) + 1}`,
      title: `Reading ${m + 1}: leading across organisational boundaries`,
      source: 'The King’s Fund',
      kind: 'article',
      minutes: 15,
      required: m % 3 !== 0,
      url: `https://example.org/reading-${m}`,
      order: m,
    });
  }
  for (let a = 0; a < 5; a += 1) {
    await writer.set(`${base}/announcements/announcement-${a}`, {
      title: `Update ${a + 1}`,
      body: paragraph,
      authorUid: facilitator,
      authorName: 'Dr Helen Carter',
      createdAt: new Date(at.getTime() + a * 86_400_000),
      updatedAt: new Date(at.getTime() + a * 86_400_000),
    });
  }
  for (let p = 1; p <= 16; p += 1) {
    const uid = participantUid(index, p);
    const name = `Participant ${p} of ${id}`;
    await writer.set(`${base}/members/${uid}`, {
      uid,
      role: 'participant',
      displayName: name,
      organisation: 'NHS trust',
      jobTitle: 'Director',
    });
    await writer.set(`${base}/directorCalls/${uid}`, {
      uid,
      scheduledAt: at,
      completed: true,
      summary: paragraph,
    });
    // A full "what's new" list: the most it ever holds, one document however busy the cohort.
    await writer.set(`${base}/whatsNew/${uid}`, {
      items: Array.from({ length: 20 }, (_, n) => ({
        id: `announcement:a${n}`,
        kind: 'announcement',
        title: `Announcement ${n}`,
        path: `/${base}`,
        at: new Date(at.getTime() + n * 3_600_000),
      })),
    });
    for (let g = 1; g <= 2; g += 1) {
      await writer.set(`${base}/goals/${uid}-goal-${g}`, {
        ownerUid: uid,
        text: `Goal ${g}: build one shared plan with partners`,
        source: 'director-call',
        createdBy: facilitator,
        checkIns: { '1': { progress: 1, note: 'Started' } },
        createdAt: at,
        updatedAt: at,
      });
    }
    for (let m = 0; m < 20; m += 1) {
      await writer.set(`${base}/readings/${uid}__material-${m}`, {
        uid,
        materialId: `material-${m}`,
        moduleId: `module-${(m % 4) + 1}`,
        read: true,
        takeaway: m % 2 ? 'Residents first' : '',
        updatedAt: at,
      });
    }
  }
  for (let e = 0; e < 200; e += 1) {
    const author = participantUid(index, (e % 16) + 1);
    const visibility = visibilities[e % visibilities.length] ?? 'private';
    const entryPath = `${base}/journal/entry-${e}`;
    const written = new Date(at.getTime() + e * 3_600_000);
    await writer.set(entryPath, {
      authorUid: author,
      authorName: `Participant ${(e % 16) + 1} of ${id}`,
      moduleId: `module-${(e % 2) + 1}`,
      title: `Reflection ${e + 1}`,
      body: paragraph.repeat(6),
      visibility,
      revision: 0,
      createdAt: written,
      updatedAt: written,
    });
    if (visibility !== 'private') {
      const replier = participantUid(index, ((e + 5) % 16) + 1);
      await writer.set(`${entryPath}/comments/reply-1`, {
        authorUid: replier,
        authorName: `Participant ${((e + 5) % 16) + 1} of ${id}`,
        body: 'Thank you – this rings true for our place too.',
        createdAt: written,
        updatedAt: written,
      });
    }
  }
  const people = [
    facilitator,
    ...Array.from({ length: 16 }, (_, p) => participantUid(index, p + 1)),
  ];
  await writeNetwork(writer, index, people, at);
}

/** Adds cohorts [from, to) to the database; returns how many documents were written. */
export async function writeBenchCohorts(db: Firestore, from: number, to: number): Promise<number> {
  const writer = new Writer(db);
  for (let index = from; index < to; index += 1) await writeCohort(writer, index);
  await writer.set('networkCohorts/all', {
    labels: Object.fromEntries(
      Array.from({ length: to }, (_, index) => [
        benchCohortId(index),
        cohortLabel(benchCohortName(index)),
      ]),
    ),
  });
  await writer.flush();
  return writer.count;
}

export async function createMeasuredAccount(auth: Auth, db: Firestore): Promise<void> {
  await auth.deleteUser(measuredParticipant.uid).catch(() => undefined);
  await auth.createUser({
    uid: measuredParticipant.uid,
    email: measuredParticipant.email,
    emailVerified: true,
    password: measuredParticipant.password,
    displayName: 'Participant 1 of bench-00',
  });
  await db
    .doc(`users/${measuredParticipant.uid}`)
    .set({ displayName: 'Participant 1 of bench-00' });
}
