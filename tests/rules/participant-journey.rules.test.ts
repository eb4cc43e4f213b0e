import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  query,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
  where,
} from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  announcementsQuery,
  commentsQuery,
  directorCallDoc,
  goalDoc,
  journalDoc,
  materialsQuery,
  myGoalsQuery,
  myJournalQuery,
  moduleReadingsQuery,
  myReadingsQuery,
  readingDoc,
  sharedJournalQuery,
} from '../../src/lib/firestore/refs';
import {
  A,
  as,
  createRulesEnvironment,
  expectAccess,
  newJournalEntry,
  people,
  seedTwoCohorts,
  type Who,
} from './rules-environment';
import { toDocRef, toQuery } from '../../src/lib/firestore/to-full-sdk';

let env: RulesTestEnvironment;

beforeAll(async () => {
  env = await createRulesEnvironment('journey');
});
beforeEach(async () => {
  await env.clearFirestore();
  await seedTwoCohorts(env);
});
afterAll(() => env.cleanup());

const amara = people.participantA;
const gareth = people.otherParticipantA;
const outsiders: Who[] = ['participantB', 'facilitatorB', 'noCohort', 'signedOut'];

function newReading(materialId = 'm3-power', moduleId = 'module-3') {
  return {
    uid: amara.uid,
    materialId,
    moduleId,
    read: true,
    takeaway: 'Power flows',
    updatedAt: serverTimestamp(),
  };
}

describe('pre-reading materials', () => {
  it('are read by the cohort with the app’s query, and by nobody outside it', async () => {
    for (const who of ['participantA', 'facilitatorA', 'admin'] as const) {
      await assertSucceeds(getDocs(toQuery(as(env, who), materialsQuery(A))));
    }
    for (const who of outsiders)
      await assertFails(getDocs(toQuery(as(env, who), materialsQuery(A))));
  });

  it('are written by facilitators, never by participants', async () => {
    const material = {
      moduleId: 'module-3',
      title: 'New',
      source: '',
      kind: 'article',
      minutes: 5,
      required: false,
      url: '',
      order: 20,
    };
    await assertFails(setDoc(doc(as(env, 'participantA'), `cohorts/${A}/materials/new`), material));
    await assertSucceeds(
      setDoc(doc(as(env, 'facilitatorA'), `cohorts/${A}/materials/new`), material),
    );
    await assertFails(
      setDoc(doc(as(env, 'facilitatorA'), `cohorts/${A}/materials/bad`), {
        ...material,
        url: 'javascript:alert(1)',
      }),
    );
  });
});

describe('reading records', () => {
  it('are visible to their owner and the cohort’s facilitators only', async () => {
    const path = toDocRef(as(env, 'participantA'), readingDoc(A, amara.uid, 'm1-systems')).path;
    const cases: [Who, boolean][] = [
      ['participantA', true],
      ['facilitatorA', true],
      ['otherParticipantA', false],
      ['participantB', false],
      ['facilitatorB', false],
      ['noCohort', false],
      ['signedOut', false],
    ];
    for (const [who, allowed] of cases)
      await expectAccess(getDoc(doc(as(env, who), path)), allowed);
  });

  it('list with the app’s own query, but not unfiltered', async () => {
    await assertSucceeds(getDocs(toQuery(as(env, 'participantA'), myReadingsQuery(A, amara.uid))));
    await assertFails(
      getDocs(toQuery(as(env, 'otherParticipantA'), myReadingsQuery(A, amara.uid))),
    );
    await assertFails(getDocs(collection(as(env, 'participantA'), `cohorts/${A}/readings`)));
    await assertSucceeds(getDocs(collection(as(env, 'facilitatorA'), `cohorts/${A}/readings`)));
  });

  it('of one module, for readiness, list for the cohort’s facilitators only', async () => {
    const cases: [Who, boolean][] = [
      ['facilitatorA', true],
      ['participantA', false],
      ['facilitatorB', false],
      ['signedOut', false],
    ];
    for (const [who, allowed] of cases)
      await expectAccess(
        getDocs(toQuery(as(env, who), moduleReadingsQuery(A, 'module-1'))),
        allowed,
      );
  });

  it('are created by the participant for themselves only, with the server’s time', async () => {
    const mine = toDocRef(
      as(env, 'participantA'),
      readingDoc(A, amara.uid, 'm3-power'),
    ).withConverter(null);
    await assertSucceeds(setDoc(mine, newReading()));
    const forged = toDocRef(
      as(env, 'otherParticipantA'),
      readingDoc(A, amara.uid, 'm3-power'),
    ).withConverter(null);
    await assertFails(setDoc(forged, newReading()));
    const clientTime = toDocRef(
      as(env, 'participantA'),
      readingDoc(A, amara.uid, 'm3-generative'),
    ).withConverter(null);
    await assertFails(
      setDoc(clientTime, {
        ...newReading('m3-generative'),
        updatedAt: Timestamp.fromDate(new Date('2020-01-01')),
      }),
    );
    await assertFails(
      setDoc(clientTime, { ...newReading('m3-generative'), takeaway: 'x'.repeat(281) }),
    );
    await assertFails(setDoc(clientTime, { ...newReading('m3-generative'), extra: true }));
    await assertFails(setDoc(clientTime, newReading('m3-generative', 'module-1')));
  });

  it('are updated by their owner, who cannot hand them to someone else', async () => {
    const mine = toDocRef(
      as(env, 'participantA'),
      readingDoc(A, amara.uid, 'm1-systems'),
    ).withConverter(null);
    await assertSucceeds(
      updateDoc(mine, { takeaway: 'Changed my mind', updatedAt: serverTimestamp() }),
    );
    await assertFails(updateDoc(mine, { uid: gareth.uid, updatedAt: serverTimestamp() }));
    const theirs = doc(as(env, 'facilitatorA'), mine.path);
    await assertFails(updateDoc(theirs, { read: false, updatedAt: serverTimestamp() }));
  });
});

describe('goals and check-ins', () => {
  const goalPath = `cohorts/${A}/goals/${amara.uid}-call-1`;

  it('are visible to the owner and the cohort’s facilitators only', async () => {
    const cases: [Who, boolean][] = [
      ['participantA', true],
      ['facilitatorA', true],
      ['associateA', true],
      ['otherParticipantA', false],
      ['participantB', false],
      ['facilitatorB', false],
      ['noCohort', false],
      ['signedOut', false],
      ['admin', false],
    ];
    for (const [who, allowed] of cases)
      await expectAccess(getDoc(doc(as(env, who), goalPath)), allowed);
  });

  it('list with the app’s own query only', async () => {
    await assertSucceeds(getDocs(toQuery(as(env, 'participantA'), myGoalsQuery(A, amara.uid))));
    await assertFails(getDocs(toQuery(as(env, 'otherParticipantA'), myGoalsQuery(A, amara.uid))));
    await assertFails(getDocs(collection(as(env, 'participantA'), `cohorts/${A}/goals`)));
  });

  it('take a well-formed check-in from their owner', async () => {
    const db = as(env, 'participantA');
    await assertSucceeds(
      updateDoc(doc(db, goalPath), {
        'checkIns.3': { progress: 2, note: 'Better' },
        updatedAt: serverTimestamp(),
      }),
    );
    await assertFails(
      updateDoc(doc(db, goalPath), {
        'checkIns.3': { progress: 9, note: '' },
        updatedAt: serverTimestamp(),
      }),
    );
    await assertFails(
      updateDoc(doc(db, goalPath), {
        'checkIns.5': { progress: 1, note: '' },
        updatedAt: serverTimestamp(),
      }),
    );
    await assertFails(
      updateDoc(doc(as(env, 'otherParticipantA'), goalPath), {
        'checkIns.3': { progress: 1, note: '' },
        updatedAt: serverTimestamp(),
      }),
    );
  });

  it('from the director call keep their wording unless a facilitator changes it', async () => {
    await assertFails(
      updateDoc(doc(as(env, 'participantA'), goalPath), {
        text: 'Rewritten',
        updatedAt: serverTimestamp(),
      }),
    );
    await assertSucceeds(
      updateDoc(doc(as(env, 'facilitatorA'), goalPath), {
        text: 'Rewritten',
        updatedAt: serverTimestamp(),
      }),
    );
  });

  it('are added by the participant for themselves, never for someone else or with a forged owner', async () => {
    const goal = (ownerUid: string, source = 'participant') => ({
      ownerUid,
      text: 'Meet every partner chief executive one to one',
      source,
      createdBy: ownerUid,
      checkIns: {},
      createdAt: serverTimestamp(),
      updatedAt: serverTimestamp(),
    });
    const db = as(env, 'participantA');
    await assertSucceeds(
      setDoc(toDocRef(db, goalDoc(A, 'own-goal')).withConverter(null), goal(amara.uid)),
    );
    await assertFails(
      setDoc(toDocRef(db, goalDoc(A, 'for-gareth')).withConverter(null), goal(gareth.uid)),
    );
    await assertFails(
      setDoc(
        toDocRef(db, goalDoc(A, 'pretend-call')).withConverter(null),
        goal(amara.uid, 'director-call'),
      ),
    );
    await assertSucceeds(
      updateDoc(toDocRef(db, goalDoc(A, 'own-goal')).withConverter(null), {
        text: 'Meet them all',
        updatedAt: serverTimestamp(),
      }),
    );
    await assertFails(
      updateDoc(toDocRef(db, goalDoc(A, 'own-goal')).withConverter(null), {
        ownerUid: gareth.uid,
        updatedAt: serverTimestamp(),
      }),
    );
    await assertFails(
      updateDoc(toDocRef(db, goalDoc(A, 'own-goal')).withConverter(null), {
        createdAt: serverTimestamp(),
        updatedAt: serverTimestamp(),
      }),
    );
  });
});

describe('journal entries', () => {
  const visibleTo: Record<string, Who[]> = {
    'amara-m2-private': ['participantA'],
    'sunita-m2-facilitators': ['thirdParticipantA', 'facilitatorA', 'associateA'],
    'amara-m1-shared': [
      'participantA',
      'otherParticipantA',
      'thirdParticipantA',
      'facilitatorA',
      'associateA',
    ],
  };
  const everyone: Who[] = [
    'participantA',
    'otherParticipantA',
    'thirdParticipantA',
    'facilitatorA',
    'associateA',
    'admin',
    'participantB',
    'facilitatorB',
    'noCohort',
    'signedOut',
  ];

  it('are read exactly by the people their visibility names', async () => {
    for (const [entryId, readers] of Object.entries(visibleTo)) {
      for (const who of everyone) {
        await expectAccess(
          getDoc(toDocRef(as(env, who), journalDoc(A, entryId))),
          readers.includes(who),
        );
      }
    }
  });

  it('list through the app’s queries: own entries, and the shared feed', async () => {
    await assertSucceeds(getDocs(toQuery(as(env, 'participantA'), myJournalQuery(A, amara.uid))));
    await assertFails(getDocs(toQuery(as(env, 'otherParticipantA'), myJournalQuery(A, amara.uid))));
    await assertFails(getDocs(toQuery(as(env, 'facilitatorA'), myJournalQuery(A, amara.uid))));
    for (const who of ['participantA', 'facilitatorA'] as const) {
      const feed = await assertSucceeds(getDocs(toQuery(as(env, who), sharedJournalQuery(A))));
      expect(feed.docs.map((d) => d.id).sort()).toEqual(['amara-m1-shared', 'gareth-m2-shared']);
    }
    for (const who of outsiders)
      await assertFails(getDocs(toQuery(as(env, who), sharedJournalQuery(A))));
  });

  it('let a member check that a new entry’s id is free, and nobody outside the cohort', async () => {
    await assertSucceeds(
      getDoc(toDocRef(as(env, 'participantA'), journalDoc(A, 'not-written-yet'))),
    );
    for (const who of outsiders)
      await assertFails(getDoc(toDocRef(as(env, who), journalDoc(A, 'not-written-yet'))));
  });

  it('never let a facilitator list or count private entries', async () => {
    const db = as(env, 'facilitatorA');
    await assertFails(getDocs(collection(db, `cohorts/${A}/journal`)));
    await assertFails(
      getDocs(query(collection(db, `cohorts/${A}/journal`), where('visibility', '==', 'private'))),
    );
    await assertSucceeds(
      getDocs(
        query(
          collection(db, `cohorts/${A}/journal`),
          where('visibility', 'in', ['facilitators', 'cohort']),
        ),
      ),
    );
  });

  it('are written by their author only, with server times and allowed keys', async () => {
    const db = as(env, 'participantA');
    await assertSucceeds(
      setDoc(toDocRef(db, journalDoc(A, 'new-entry')).withConverter(null), newJournalEntry()),
    );
    await assertFails(
      setDoc(
        toDocRef(as(env, 'otherParticipantA'), journalDoc(A, 'forged')).withConverter(null),
        newJournalEntry(),
      ),
    );
    await assertFails(
      setDoc(
        toDocRef(db, journalDoc(A, 'bad-time')).withConverter(null),
        newJournalEntry({ createdAt: Timestamp.fromDate(new Date('2026-01-01T09:00:00Z')) }),
      ),
    );
    await assertFails(
      setDoc(
        toDocRef(db, journalDoc(A, 'bad-vis')).withConverter(null),
        newJournalEntry({ visibility: 'public' }),
      ),
    );
    await assertFails(
      setDoc(
        toDocRef(db, journalDoc(A, 'too-long')).withConverter(null),
        newJournalEntry({ body: 'x'.repeat(50_001) }),
      ),
    );
    await assertSucceeds(
      setDoc(
        toDocRef(db, journalDoc(A, 'long-ok')).withConverter(null),
        newJournalEntry({ body: 'x'.repeat(50_000) }),
      ),
    );
    await assertFails(
      setDoc(
        toDocRef(db, journalDoc(A, 'extra')).withConverter(null),
        newJournalEntry({ pinned: true }),
      ),
    );
    await assertFails(
      setDoc(
        toDocRef(db, journalDoc(A, 'no-module')).withConverter(null),
        newJournalEntry({ moduleId: 'module-9' }),
      ),
    );
    await assertFails(
      setDoc(
        toDocRef(as(env, 'facilitatorA'), journalDoc(A, 'fac')).withConverter(null),
        newJournalEntry({ authorUid: people.facilitatorA.uid }),
      ),
    );

    const existing = toDocRef(db, journalDoc(A, 'amara-m2-private')).withConverter(null);
    await assertSucceeds(
      updateDoc(existing, { visibility: 'cohort', revision: 1, updatedAt: serverTimestamp() }),
    );
    await assertFails(updateDoc(existing, { authorUid: gareth.uid, updatedAt: serverTimestamp() }));
    await assertFails(
      updateDoc(existing, { createdAt: serverTimestamp(), updatedAt: serverTimestamp() }),
    );
    await assertFails(
      updateDoc(
        toDocRef(as(env, 'facilitatorA'), journalDoc(A, 'amara-m1-shared')).withConverter(null),
        {
          title: 'Edited',
        },
      ),
    );
    await assertFails(
      deleteDoc(toDocRef(as(env, 'otherParticipantA'), journalDoc(A, 'amara-m1-shared'))),
    );
    await assertSucceeds(deleteDoc(toDocRef(db, journalDoc(A, 'amara-m1-shared'))));
  });
});

describe('comments', () => {
  const comment = (who: typeof amara, body = 'Thank you for sharing') => ({
    authorUid: who.uid,
    authorName: who.displayName,
    body,
    visibility: 'cohort',
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  });

  it('are read and written on shared entries by those who can read the entry', async () => {
    const shared = `cohorts/${A}/journal/amara-m1-shared/comments`;
    await assertSucceeds(
      getDocs(toQuery(as(env, 'participantA'), commentsQuery(A, 'amara-m1-shared'))),
    );
    await assertSucceeds(
      getDocs(toQuery(as(env, 'otherParticipantA'), commentsQuery(A, 'amara-m1-shared', true))),
    );
    await assertSucceeds(
      getDocs(toQuery(as(env, 'facilitatorA'), commentsQuery(A, 'amara-m1-shared'))),
    );
    for (const who of outsiders)
      await assertFails(getDocs(toQuery(as(env, who), commentsQuery(A, 'amara-m1-shared'))));
    await assertSucceeds(
      setDoc(doc(as(env, 'otherParticipantA'), `${shared}/new`), comment(gareth)),
    );
    await assertFails(
      setDoc(doc(as(env, 'otherParticipantA'), `${shared}/forged`), comment(amara)),
    );
    await assertFails(
      setDoc(doc(as(env, 'participantB'), `${shared}/outsider`), comment(people.participantB)),
    );
    await assertFails(
      setDoc(
        doc(as(env, 'otherParticipantA'), `${shared}/long`),
        comment(gareth, 'x'.repeat(2001)),
      ),
    );
  });

  it('cannot be read or added on private entries, or on facilitator-only ones by other participants', async () => {
    await assertFails(
      getDocs(toQuery(as(env, 'otherParticipantA'), commentsQuery(A, 'amara-m2-private'))),
    );
    await assertFails(
      setDoc(
        doc(as(env, 'otherParticipantA'), `cohorts/${A}/journal/amara-m2-private/comments/x`),
        comment(gareth),
      ),
    );
    await assertFails(
      setDoc(
        doc(as(env, 'otherParticipantA'), `cohorts/${A}/journal/sunita-m2-facilitators/comments/x`),
        comment(gareth),
      ),
    );
    await assertSucceeds(
      setDoc(
        doc(as(env, 'facilitatorA'), `cohorts/${A}/journal/sunita-m2-facilitators/comments/x`),
        { ...comment(people.facilitatorA), visibility: 'facilitators' },
      ),
    );
  });

  it('are edited only by their author, and removed by their author or the entry’s author', async () => {
    const path = `cohorts/${A}/journal/amara-m1-shared/comments/c1`;
    await assertSucceeds(
      updateDoc(doc(as(env, 'otherParticipantA'), path), {
        body: 'Edited',
        updatedAt: serverTimestamp(),
      }),
    );
    await assertFails(
      updateDoc(doc(as(env, 'participantA'), path), {
        body: 'Edited by Amara',
        updatedAt: serverTimestamp(),
      }),
    );
    await assertFails(deleteDoc(doc(as(env, 'thirdParticipantA'), path)));
    await assertSucceeds(deleteDoc(doc(as(env, 'participantA'), path)));
  });
});

describe('announcements and director calls', () => {
  it('announcements are read by the cohort with the app’s query', async () => {
    await assertSucceeds(getDocs(toQuery(as(env, 'participantA'), announcementsQuery(A))));
    for (const who of outsiders)
      await assertFails(getDocs(toQuery(as(env, who), announcementsQuery(A))));
  });

  it('a director call summary is read by its participant and the facilitators; notes by facilitators only', async () => {
    await assertSucceeds(getDoc(toDocRef(as(env, 'participantA'), directorCallDoc(A, amara.uid))));
    await assertFails(
      getDoc(toDocRef(as(env, 'otherParticipantA'), directorCallDoc(A, amara.uid))),
    );
    await assertSucceeds(getDoc(toDocRef(as(env, 'facilitatorA'), directorCallDoc(A, amara.uid))));
    await assertFails(
      getDoc(doc(as(env, 'participantA'), `cohorts/${A}/directorCallNotes/${amara.uid}`)),
    );
    await assertSucceeds(
      getDoc(doc(as(env, 'facilitatorA'), `cohorts/${A}/directorCallNotes/${amara.uid}`)),
    );
    await assertFails(
      getDoc(doc(as(env, 'facilitatorB'), `cohorts/${A}/directorCallNotes/${amara.uid}`)),
    );
  });
});
