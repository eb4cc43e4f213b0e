import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import {
  collection,
  doc,
  getDoc,
  getDocs,
  setDoc,
  updateDoc,
  writeBatch,
  type Firestore,
} from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { membershipOf, publicHealthCohort } from '../../scripts/seed/demo-people';
import { programmeCohortsQuery } from '../../src/lib/firestore/refs';
import { programmeShown } from '../../src/lib/firestore/schemas';
import { toQuery } from '../../src/lib/firestore/to-full-sdk';
import {
  COLLABORATIVE_PROGRAMME_ID,
  demoProgrammes,
  demoProgrammeShown,
  demoTimetables,
  PUBLIC_HEALTH_PROGRAMME_ID,
} from '../../scripts/seed/demo-programme';
import {
  A,
  as,
  B,
  createRulesEnvironment,
  expectAccess,
  firestoreOf,
  programmeTeamClaims,
  seedTwoCohorts,
} from './rules-environment';

// Two programmes side by side (decision 0031): the collaborative leadership cohorts A and B, and
// the public health programme's one cohort, with its own facilitator and participants.

const PH = publicHealthCohort.id;
const [phFacilitator] = publicHealthCohort.facilitators as [
  (typeof publicHealthCohort.facilitators)[number],
];
const [phParticipant] = publicHealthCohort.participants as [
  (typeof publicHealthCohort.participants)[number],
];
const programmeOf = (id: string) => demoProgrammes.find((programme) => programme.id === id)!.data;
const collaborative = programmeOf(COLLABORATIVE_PROGRAMME_ID);
const publicHealth = programmeOf(PUBLIC_HEALTH_PROGRAMME_ID);

let env: RulesTestEnvironment;
const asUid = (uid: string): Firestore => firestoreOf(env.authenticatedContext(uid));
const team = (): Firestore =>
  firestoreOf(env.authenticatedContext('admin-sam', programmeTeamClaims));

const newCohort = (programmeId: string) => ({
  programmeId,
  programme: demoProgrammeShown(programmeId),
  name: 'Leading across systems: public health — autumn 2027',
  startDate: '2027-09-06',
  endDate: '2027-11-30',
  seatLimit: 12,
  archived: false,
  seatsTaken: 0,
});

beforeAll(async () => {
  env = await createRulesEnvironment('programmes');
  await env.clearFirestore();
  await seedTwoCohorts(env);
  const { publicHealth: timetable } = demoTimetables('2027-01-04');
  await env.withSecurityRulesDisabled(async (context) => {
    const db = firestoreOf(context);
    await setDoc(doc(db, 'cohorts', PH), {
      ...timetable.cohort,
      programme: programmeShown(publicHealth),
      seatsTaken: 2,
    });
    await setDoc(
      doc(db, 'cohorts', PH, 'members', phFacilitator.uid),
      membershipOf(phFacilitator, 'facilitator'),
    );
    for (const person of publicHealthCohort.participants) {
      await setDoc(
        doc(db, 'cohorts', PH, 'members', person.uid),
        membershipOf(person, 'participant'),
      );
    }
  });
});
afterAll(() => env.cleanup());

describe('the members of one programme', () => {
  it('read their programme’s name, description and director on their own cohort', async () => {
    const ph = await getDoc(doc(asUid(phParticipant.uid), 'cohorts', PH));
    expect(ph.get('programme')).toEqual({
      name: publicHealth.name,
      description: publicHealth.description,
      directorName: publicHealth.directorName,
    });
    const a = await getDoc(doc(as(env, 'participantA'), 'cohorts', A));
    expect(a.get('programme.name')).toBe(collaborative.name);
  });

  it('read nothing of the other programme: neither its record nor its cohorts', async () => {
    for (const uid of [phParticipant.uid, phFacilitator.uid]) {
      const db = asUid(uid);
      await expectAccess(getDoc(doc(db, 'programmes', COLLABORATIVE_PROGRAMME_ID)), false);
      await expectAccess(getDoc(doc(db, 'cohorts', A)), false);
      await expectAccess(getDocs(collection(db, 'cohorts', A, 'modules')), false);
    }
    for (const who of ['participantA', 'facilitatorA'] as const) {
      const db = as(env, who);
      await expectAccess(getDoc(doc(db, 'programmes', PUBLIC_HEALTH_PROGRAMME_ID)), false);
      await expectAccess(getDoc(doc(db, 'cohorts', PH)), false);
      await expectAccess(getDocs(collection(db, 'cohorts', PH, 'members')), false);
    }
  });

  it('never write what their cohort shows of its programme, not even the record’s own words', async () => {
    for (const uid of [phFacilitator.uid, phParticipant.uid]) {
      const db = asUid(uid);
      await expectAccess(
        updateDoc(doc(db, 'cohorts', PH), { programme: programmeShown(collaborative) }),
        false,
      );
      await expectAccess(
        updateDoc(doc(db, 'cohorts', PH), {
          programme: { ...programmeShown(publicHealth), name: 'Renamed by a member' },
        }),
        false,
      );
      await expectAccess(
        updateDoc(doc(db, 'cohorts', PH), { programme: programmeShown(publicHealth) }),
        false,
      );
    }
  });
});

describe('the programme team', () => {
  it('makes a cohort only showing its programme as the record says', async () => {
    await expectAccess(
      setDoc(doc(team(), 'cohorts', 'ph-renamed-2027'), {
        ...newCohort(PUBLIC_HEALTH_PROGRAMME_ID),
        programme: { ...programmeShown(publicHealth), name: 'Something the record does not say' },
      }),
      false,
    );
    await expectAccess(
      setDoc(doc(team(), 'cohorts', 'ph-other-2027'), {
        ...newCohort(PUBLIC_HEALTH_PROGRAMME_ID),
        programme: programmeShown(collaborative),
      }),
      false,
    );
    const { programme: _none, ...withoutShown } = newCohort(PUBLIC_HEALTH_PROGRAMME_ID);
    await expectAccess(setDoc(doc(team(), 'cohorts', 'ph-unshown-2027'), withoutShown), false);
    await expectAccess(
      setDoc(doc(team(), 'cohorts', 'ph-shown-2027'), newCohort(PUBLIC_HEALTH_PROGRAMME_ID)),
      true,
    );
  });

  it('makes a cohort only of a programme that exists, and never moves it to another', async () => {
    await expectAccess(
      setDoc(doc(team(), 'cohorts', 'ph-autumn-2027'), newCohort(PUBLIC_HEALTH_PROGRAMME_ID)),
      true,
    );
    await expectAccess(
      setDoc(doc(team(), 'cohorts', 'nowhere-2027'), {
        ...newCohort(PUBLIC_HEALTH_PROGRAMME_ID),
        programmeId: 'programme-that-is-not',
      }),
      false,
    );
    const { programmeId: _none, ...withoutProgramme } = newCohort(PUBLIC_HEALTH_PROGRAMME_ID);
    await expectAccess(setDoc(doc(team(), 'cohorts', 'loose-2027'), withoutProgramme), false);
    await expectAccess(
      updateDoc(doc(team(), 'cohorts', PH), { programmeId: COLLABORATIVE_PROGRAMME_ID }),
      false,
    );
  });

  it('changes what a cohort shows only to what the record says', async () => {
    await expectAccess(
      updateDoc(doc(team(), 'cohorts', PH), {
        programme: { ...programmeShown(publicHealth), description: 'Not what the record says' },
      }),
      false,
    );
    await expectAccess(
      updateDoc(doc(team(), 'cohorts', PH), { programme: programmeShown(collaborative) }),
      false,
    );
    // A cohort made before the field was kept gets it from its programme's next save.
    await expectAccess(
      updateDoc(doc(team(), 'cohorts', PH), { programme: programmeShown(publicHealth) }),
      true,
    );
  });

  it('changes the record and what every one of its cohorts shows in one batch, equal to it', async () => {
    const db = team();
    const changed = { ...collaborative, description: 'Four modules in 2028, renamed.' };
    const mismatched = writeBatch(db);
    mismatched.set(doc(db, 'programmes', COLLABORATIVE_PROGRAMME_ID), changed);
    mismatched.update(doc(db, 'cohorts', A), { programme: programmeShown(changed) });
    mismatched.update(doc(db, 'cohorts', B), {
      programme: { ...programmeShown(changed), description: 'Something else again' },
    });
    await expectAccess(mismatched.commit(), false);

    const together = writeBatch(db);
    together.set(doc(db, 'programmes', COLLABORATIVE_PROGRAMME_ID), changed);
    for (const id of [A, B]) {
      together.update(doc(db, 'cohorts', id), { programme: programmeShown(changed) });
    }
    await expectAccess(together.commit(), true);
    const cohortB = await getDoc(doc(db, 'cohorts', B));
    expect(cohortB.get('programme.description')).toBe(changed.description);

    const back = writeBatch(db);
    back.set(doc(db, 'programmes', COLLABORATIVE_PROGRAMME_ID), collaborative);
    for (const id of [A, B]) {
      back.update(doc(db, 'cohorts', id), { programme: programmeShown(collaborative) });
    }
    await expectAccess(back.commit(), true);
  });

  it('writes a programme only in its shape', async () => {
    const db = team();
    const at = doc(db, 'programmes', PUBLIC_HEALTH_PROGRAMME_ID);
    await expectAccess(setDoc(at, { ...publicHealth, contactEmail: 'not an address' }), false);
    await expectAccess(setDoc(at, { ...publicHealth, name: '' }), false);
    await expectAccess(setDoc(at, { ...publicHealth, name: 'x'.repeat(121) }), false);
    await expectAccess(setDoc(at, { ...publicHealth, description: 'x'.repeat(501) }), false);
    await expectAccess(setDoc(at, { ...publicHealth, contactName: '' }), false);
    await expectAccess(setDoc(at, { ...publicHealth, directorName: '' }), false);
    await expectAccess(setDoc(at, { ...publicHealth, outline: 'four modules' }), false);
    await expectAccess(
      setDoc(at, { ...publicHealth, outline: [...publicHealth.outline, ...collaborative.outline] }),
      false,
    );
    await expectAccess(setDoc(at, { ...publicHealth, cohortIds: [PH] }), false);
    await expectAccess(setDoc(at, publicHealth), true);
  });

  it('finds every cohort of a programme with the query the programme form runs', async () => {
    await expectAccess(
      getDocs(toQuery(team(), programmeCohortsQuery(PUBLIC_HEALTH_PROGRAMME_ID))),
      true,
    );
    await expectAccess(
      getDocs(toQuery(asUid(phFacilitator.uid), programmeCohortsQuery(PUBLIC_HEALTH_PROGRAMME_ID))),
      false,
    );
  });

  it('is alone in writing one: facilitators, even of its cohort, are refused', async () => {
    const db = asUid(phFacilitator.uid);
    const changed = { ...publicHealth, description: 'Changed by a facilitator' };
    const batch = writeBatch(db);
    batch.set(doc(db, 'programmes', PUBLIC_HEALTH_PROGRAMME_ID), changed);
    batch.update(doc(db, 'cohorts', PH), { programme: programmeShown(changed) });
    await expectAccess(batch.commit(), false);
  });
});
