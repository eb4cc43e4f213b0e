import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import {
  collectionGroup,
  deleteDoc,
  deleteField,
  doc,
  getDoc,
  getDocs,
  query,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import {
  cohortDoc,
  cohortsCollection,
  memberDoc,
  membersCollection,
  modulesInOrderQuery,
  myMembershipsQuery,
} from '../../src/lib/firestore/refs';
import { A, as, B, createRulesEnvironment, people, seedTwoCohorts } from './rules-environment';
import { COLLABORATIVE_PROGRAMME_ID, demoProgrammeShown } from '../../scripts/seed/demo-programme';
import { toDocRef, toQuery, toCollectionRef } from '../../src/lib/firestore/to-full-sdk';

let env: RulesTestEnvironment;

beforeAll(async () => {
  env = await createRulesEnvironment('membership');
});
beforeEach(async () => {
  await env.clearFirestore();
  await seedTwoCohorts(env);
});
afterAll(() => env.cleanup());

describe('signed-out visitors', () => {
  it('read nothing of a cohort', async () => {
    const db = as(env, 'signedOut');
    await assertFails(getDoc(toDocRef(db, cohortDoc(A))));
    await assertFails(getDocs(toCollectionRef(db, membersCollection(A))));
    await assertFails(getDocs(toQuery(db, modulesInOrderQuery(A))));
    await assertFails(getDoc(doc(db, 'users', people.participantA.uid)));
  });
});

describe('a signed-in person in no cohort', () => {
  it('reads nothing of cohort A or its subcollections', async () => {
    const db = as(env, 'noCohort');
    await assertFails(getDoc(toDocRef(db, cohortDoc(A))));
    await assertFails(getDoc(toDocRef(db, memberDoc(A, people.participantA.uid))));
    await assertFails(getDocs(toCollectionRef(db, membersCollection(A))));
    await assertFails(getDocs(toQuery(db, modulesInOrderQuery(A))));
    await assertFails(getDoc(doc(db, 'cohorts', A, 'modules', 'module-1')));
  });

  it('cannot add themselves to a cohort', async () => {
    const db = as(env, 'noCohort');
    await assertFails(
      setDoc(doc(db, 'cohorts', A, 'members', people.noCohort.uid), {
        uid: people.noCohort.uid,
        role: 'participant',
        displayName: people.noCohort.displayName,
      }),
    );
  });

  it('finds no cohorts with the app’s own memberships query', async () => {
    const db = as(env, 'noCohort');
    const result = await assertSucceeds(
      getDocs(toQuery(db, myMembershipsQuery(people.noCohort.uid))),
    );
    if (!result.empty) throw new Error('expected no memberships');
  });
});

describe('a member of cohort B', () => {
  it('reads nothing of cohort A', async () => {
    for (const who of ['participantB', 'facilitatorB'] as const) {
      const db = as(env, who);
      await assertFails(getDoc(toDocRef(db, cohortDoc(A))));
      await assertFails(getDocs(toCollectionRef(db, membersCollection(A))));
      await assertFails(getDocs(toQuery(db, modulesInOrderQuery(A))));
      await assertFails(getDoc(toDocRef(db, memberDoc(A, people.participantA.uid))));
    }
  });

  it('cannot join cohort A, even as a facilitator of cohort B', async () => {
    for (const who of ['participantB', 'facilitatorB'] as const) {
      const person = people[who];
      await assertFails(
        setDoc(doc(as(env, who), 'cohorts', A, 'members', person.uid), {
          uid: person.uid,
          role: 'participant',
          displayName: person.displayName,
        }),
      );
    }
  });

  it('cannot write cohort A’s timetable', async () => {
    await assertFails(
      updateDoc(doc(as(env, 'facilitatorB'), 'cohorts', A, 'modules', 'module-1'), {
        venue: 'Elsewhere',
        revision: 1,
      }),
    );
  });
});

describe('members of cohort A', () => {
  it('read their own cohort, its people and its modules with the app’s queries', async () => {
    for (const who of ['participantA', 'facilitatorA'] as const) {
      const db = as(env, who);
      await assertSucceeds(getDoc(toDocRef(db, cohortDoc(A))));
      await assertSucceeds(getDoc(toDocRef(db, memberDoc(A, people[who].uid))));
      await assertSucceeds(getDocs(toCollectionRef(db, membersCollection(A))));
      await assertSucceeds(getDocs(toQuery(db, modulesInOrderQuery(A))));
      await assertSucceeds(getDocs(toQuery(db, myMembershipsQuery(people[who].uid))));
    }
  });

  it('find only their own memberships across cohorts, never an unfiltered list or someone else’s', async () => {
    const db = as(env, 'participantA');
    await assertFails(getDocs(collectionGroup(db, 'members')));
    await assertFails(getDocs(toQuery(db, myMembershipsQuery(people.participantB.uid))));
    await assertFails(
      getDocs(query(collectionGroup(db, 'members'), where('role', '==', 'participant'))),
    );
  });

  it('cannot change their own role', async () => {
    const participant = as(env, 'participantA');
    await assertFails(
      updateDoc(doc(participant, 'cohorts', A, 'members', people.participantA.uid), {
        role: 'facilitator',
      }),
    );
    const facilitator = as(env, 'facilitatorA');
    await assertFails(
      updateDoc(doc(facilitator, 'cohorts', A, 'members', people.facilitatorA.uid), {
        role: 'participant',
      }),
    );
  });

  it('cannot remove themselves or others, nor change another person’s role', async () => {
    const db = as(env, 'participantA');
    await assertFails(deleteDoc(doc(db, 'cohorts', A, 'members', people.otherParticipantA.uid)));
    await assertFails(
      updateDoc(doc(db, 'cohorts', A, 'members', people.otherParticipantA.uid), {
        role: 'facilitator',
      }),
    );
  });

  it('cannot list every cohort', async () => {
    await assertFails(getDocs(toCollectionRef(as(env, 'participantA'), cohortsCollection())));
    await assertFails(getDocs(toCollectionRef(as(env, 'facilitatorA'), cohortsCollection())));
  });

  it('participants cannot write the timetable; facilitators of the cohort can', async () => {
    await assertFails(
      updateDoc(doc(as(env, 'participantA'), 'cohorts', A, 'modules', 'module-1'), {
        venue: 'Elsewhere',
        revision: 1,
      }),
    );
    await assertSucceeds(
      updateDoc(doc(as(env, 'facilitatorA'), 'cohorts', A, 'modules', 'module-1'), {
        venue: 'Elsewhere',
        revision: 1,
      }),
    );
  });
});

describe('profiles', () => {
  it('are readable and writable by their owner only', async () => {
    await assertSucceeds(getDoc(doc(as(env, 'participantA'), 'users', people.participantA.uid)));
    await assertFails(getDoc(doc(as(env, 'otherParticipantA'), 'users', people.participantA.uid)));
    await assertFails(getDoc(doc(as(env, 'facilitatorA'), 'users', people.participantA.uid)));
    await assertSucceeds(
      updateDoc(doc(as(env, 'participantA'), 'users', people.participantA.uid), {
        jobTitle: 'Chief Executive',
      }),
    );
    await assertFails(
      updateDoc(doc(as(env, 'otherParticipantA'), 'users', people.participantA.uid), {
        jobTitle: 'Intern',
      }),
    );
  });

  it('take only the allowed keys', async () => {
    await assertFails(
      updateDoc(doc(as(env, 'participantA'), 'users', people.participantA.uid), { admin: true }),
    );
  });

  it('take a name, organisation and job title of sensible sizes, and lose a cleared one', async () => {
    const profile = doc(as(env, 'participantA'), 'users', people.participantA.uid);
    await assertSucceeds(
      updateDoc(profile, {
        displayName: 'Amara Okafor-Reid',
        organisation: 'Calder Valley ICB',
        jobTitle: 'Director of Place',
      }),
    );
    await assertSucceeds(updateDoc(profile, { jobTitle: deleteField() }));
    await assertFails(updateDoc(profile, { displayName: '' }));
    await assertFails(updateDoc(profile, { displayName: 'x'.repeat(121) }));
    await assertFails(updateDoc(profile, { organisation: '' }));
    await assertFails(updateDoc(profile, { organisation: 'x'.repeat(161) }));
    await assertFails(updateDoc(profile, { jobTitle: 7 }));
    await assertFails(updateDoc(profile, { jobTitle: 'x'.repeat(161) }));
  });
});

describe('the programme team', () => {
  it('lists every cohort, and appoints a facilitator only through the function that audits it', async () => {
    const db = as(env, 'admin');
    await assertSucceeds(getDocs(toCollectionRef(db, cohortsCollection())));
    await assertFails(
      setDoc(doc(db, 'cohorts', B, 'members', people.noCohort.uid), {
        uid: people.noCohort.uid,
        role: 'facilitator',
        displayName: people.noCohort.displayName,
      }),
    );
  });

  it('cannot appoint a role that does not exist', async () => {
    await assertFails(
      setDoc(doc(as(env, 'admin'), 'cohorts', B, 'members', people.noCohort.uid), {
        uid: people.noCohort.uid,
        role: 'admin',
        displayName: people.noCohort.displayName,
      }),
    );
  });

  it('is the only one who creates cohorts', async () => {
    const cohort = {
      programmeId: COLLABORATIVE_PROGRAMME_ID,
      programme: demoProgrammeShown(COLLABORATIVE_PROGRAMME_ID),
      name: 'New cohort',
      startDate: '2027-09-01',
      endDate: '2028-03-31',
      seatLimit: 16,
      archived: false,
      seatsTaken: 0,
    };
    await assertFails(setDoc(doc(as(env, 'facilitatorA'), 'cohorts', 'new'), cohort));
    await assertSucceeds(setDoc(doc(as(env, 'admin'), 'cohorts', 'new'), cohort));
    await assertFails(
      setDoc(doc(as(env, 'admin'), 'cohorts', 'too-big'), { ...cohort, seatLimit: 17 }),
    );
  });
});
