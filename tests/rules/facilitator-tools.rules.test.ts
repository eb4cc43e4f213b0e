import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import {
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
  writeBatch,
  type Firestore,
} from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pendingInvitationsQuery } from '../../src/lib/firestore/refs';
import {
  A,
  as,
  B,
  createRulesEnvironment,
  firestoreOf,
  people,
  seedTwoCohorts,
} from './rules-environment';
import { toQuery } from '../../src/lib/firestore/to-full-sdk';

let env: RulesTestEnvironment;

beforeAll(async () => {
  env = await createRulesEnvironment('facilitator');
});
beforeEach(async () => {
  await env.clearFirestore();
  await seedTwoCohorts(env);
  await env.withSecurityRulesDisabled((context) =>
    setDoc(doc(firestoreOf(context), 'users', invitee.uid), { displayName: invitee.displayName }),
  );
});
afterAll(() => env.cleanup());

const invitee = { uid: 'new-person', email: 'new.person@example.org', displayName: 'New Person' };

function asInvitee(emailVerified = true, email = invitee.email, uid = invitee.uid): Firestore {
  return firestoreOf(env.authenticatedContext(uid, { email, email_verified: emailVerified }));
}

async function setSeats(cohortId: string, seatsTaken: number) {
  await env.withSecurityRulesDisabled((context) =>
    updateDoc(doc(firestoreOf(context), 'cohorts', cohortId), { seatsTaken }),
  );
}

/** What inviteParticipants does on the server: the invitation and its seat in one transaction. */
async function invited(cohortId: string, email: string) {
  await env.withSecurityRulesDisabled(async (context) => {
    const db = firestoreOf(context);
    const cohort = await getDoc(doc(db, 'cohorts', cohortId));
    await setDoc(doc(db, 'cohorts', cohortId, 'invitations', email), {
      email,
      role: 'participant',
      invitedBy: people.facilitatorA.uid,
      createdAt: serverTimestamp(),
    });
    await updateDoc(cohort.ref, { seatsTaken: Number(cohort.get('seatsTaken')) + 1 });
  });
}

/** The batch a client once made to invite: the rules now refuse it, whoever sends it. */
function invite(db: Firestore, cohortId: string, email: string, seatsTaken: number, uid: string) {
  const batch = writeBatch(db);
  batch.set(doc(db, 'cohorts', cohortId, 'invitations', email), {
    email,
    role: 'participant',
    invitedBy: uid,
    createdAt: serverTimestamp(),
  });
  batch.update(doc(db, 'cohorts', cohortId), {
    seatsTaken,
    lastSeatChange: { kind: 'invite', id: email },
  });
  return batch.commit();
}

function join(db: Firestore, cohortId: string, email: string, uid = invitee.uid) {
  const batch = writeBatch(db);
  batch.set(doc(db, 'cohorts', cohortId, 'members', uid), {
    uid,
    role: 'participant',
    displayName: invitee.displayName,
  });
  batch.delete(doc(db, 'cohorts', cohortId, 'invitations', email));
  return batch.commit();
}

function removeParticipant(db: Firestore, cohortId: string, uid: string, seatsTaken: number) {
  const batch = writeBatch(db);
  batch.delete(doc(db, 'cohorts', cohortId, 'members', uid));
  batch.update(doc(db, 'cohorts', cohortId), {
    seatsTaken,
    lastSeatChange: { kind: 'remove', id: uid },
  });
  return batch.commit();
}

describe('invitations and joining', () => {
  it('the invited person joins with their own verified email, keeping the seat the server took', async () => {
    await invited(A, invitee.email);
    await assertSucceeds(getDoc(doc(asInvitee(), 'cohorts', A, 'invitations', invitee.email)));
    await assertSucceeds(join(asInvitee(), A, invitee.email));
    const cohort = await assertSucceeds(getDoc(doc(asInvitee(), 'cohorts', A)));
    expect(cohort.get('seatsTaken')).toBe(13);
  });

  it('joins only under the name on the person’s own profile', async () => {
    await invited(A, invitee.email);
    const db = asInvitee();
    const spoofed = writeBatch(db);
    spoofed.set(doc(db, 'cohorts', A, 'members', invitee.uid), {
      uid: invitee.uid,
      role: 'participant',
      displayName: 'Dr Helen Marsh (Programme director)',
    });
    spoofed.delete(doc(db, 'cohorts', A, 'invitations', invitee.email));
    await assertFails(spoofed.commit());
  });

  it('joins with the organisation and job title on the person’s own profile, at the server’s time', async () => {
    await invited(A, invitee.email);
    const db = asInvitee();
    await assertSucceeds(
      updateDoc(doc(db, 'users', invitee.uid), {
        organisation: 'Calder Valley ICB',
        jobTitle: 'Director of Place',
      }),
    );
    const joining = (details: Record<string, unknown>, leftOut?: string) => {
      const full: Record<string, unknown> = {
        uid: invitee.uid,
        role: 'participant',
        displayName: invitee.displayName,
        organisation: 'Calder Valley ICB',
        jobTitle: 'Director of Place',
        joinedAt: serverTimestamp(),
        ...details,
      };
      const membership = Object.fromEntries(Object.entries(full).filter(([k]) => k !== leftOut));
      const batch = writeBatch(db);
      batch.set(doc(db, 'cohorts', A, 'members', invitee.uid), membership);
      batch.delete(doc(db, 'cohorts', A, 'invitations', invitee.email));
      return batch.commit();
    };
    await assertFails(joining({ organisation: 'NHS England' }));
    await assertFails(joining({ jobTitle: 'Chief Executive' }));
    await assertFails(joining({}, 'jobTitle'));
    // A joining date chosen by the client would let a participant skip or reopen modules.
    await assertFails(joining({ joinedAt: Timestamp.fromDate(new Date('2026-01-01')) }));
    await assertFails(joining({ joinedAt: 'today' }));
    await assertSucceeds(joining({}));
    // Nobody moves it afterwards, the programme team included.
    await assertFails(
      updateDoc(doc(as(env, 'admin'), 'cohorts', A, 'members', invitee.uid), {
        joinedAt: Timestamp.fromDate(new Date('2026-01-01')),
      }),
    );
  });

  it('nobody joins without an invitation', async () => {
    await assertFails(join(asInvitee(), A, invitee.email));
    const db = asInvitee();
    const alone = writeBatch(db);
    alone.set(doc(db, 'cohorts', A, 'members', invitee.uid), {
      uid: invitee.uid,
      role: 'participant',
      displayName: invitee.displayName,
    });
    await assertFails(alone.commit());
  });

  it('an invitation cannot be used by someone else, or before the email is verified', async () => {
    await invited(A, invitee.email);
    const impostor = asInvitee(true, 'impostor@example.org', 'impostor');
    await assertFails(join(impostor, A, invitee.email, 'impostor'));
    await assertFails(join(asInvitee(false), A, invitee.email));
    await assertFails(getDoc(doc(impostor, 'cohorts', A, 'invitations', invitee.email)));
  });

  it('joining as a facilitator, or keeping the invitation for another go, is refused', async () => {
    await invited(A, invitee.email);
    const db = asInvitee();
    const asFacilitator = writeBatch(db);
    asFacilitator.set(doc(db, 'cohorts', A, 'members', invitee.uid), {
      uid: invitee.uid,
      role: 'facilitator',
      displayName: 'X',
    });
    asFacilitator.delete(doc(db, 'cohorts', A, 'invitations', invitee.email));
    await assertFails(asFacilitator.commit());
    await assertFails(
      setDoc(doc(db, 'cohorts', A, 'members', invitee.uid), {
        uid: invitee.uid,
        role: 'participant',
        displayName: 'X',
      }),
    );
  });

  it('a participant invitation is never a client write, not even one with its seat', async () => {
    await setSeats(A, 15);
    await assertFails(
      invite(as(env, 'facilitatorA'), A, invitee.email, 16, people.facilitatorA.uid),
    );
    await assertFails(invite(as(env, 'admin'), A, invitee.email, 16, people.admin.uid));
  });

  it('five invitations with one seat counted, in one batch, are refused', async () => {
    const db = as(env, 'facilitatorA');
    const batch = writeBatch(db);
    const emails = Array.from({ length: 5 }, (_, i) => `overfill.${i + 1}@example.org`);
    for (const email of emails) {
      batch.set(doc(db, 'cohorts', A, 'invitations', email), {
        email,
        role: 'participant',
        invitedBy: people.facilitatorA.uid,
        createdAt: serverTimestamp(),
      });
    }
    batch.update(doc(db, 'cohorts', A), {
      seatsTaken: 13,
      lastSeatChange: { kind: 'invite', id: emails[0] },
    });
    await assertFails(batch.commit());
  });

  it('a re-invited participant cannot drop the invitation and leave its seat taken', async () => {
    const amara = people.participantA;
    await invited(A, amara.email);
    const asAmara = firestoreOf(
      env.authenticatedContext(amara.uid, { email: amara.email, email_verified: true }),
    );
    await assertFails(deleteDoc(doc(asAmara, 'cohorts', A, 'invitations', amara.email)));
    const facilitator = as(env, 'facilitatorA');
    const revoke = writeBatch(facilitator);
    revoke.delete(doc(facilitator, 'cohorts', A, 'invitations', amara.email));
    revoke.update(doc(facilitator, 'cohorts', A), {
      seatsTaken: 12,
      lastSeatChange: { kind: 'revoke', id: amara.email },
    });
    await assertFails(revoke.commit());
  });

  it('the seat count cannot be dodged or freed without removing someone', async () => {
    const db = as(env, 'facilitatorA');
    await assertFails(
      setDoc(doc(db, 'cohorts', A, 'invitations', invitee.email), {
        email: invitee.email,
        role: 'participant',
        invitedBy: people.facilitatorA.uid,
        createdAt: serverTimestamp(),
      }),
    );
    await assertFails(
      updateDoc(doc(db, 'cohorts', A), {
        seatsTaken: 5,
        lastSeatChange: { kind: 'revoke', id: 'nobody@example.org' },
      }),
    );
    await assertFails(updateDoc(doc(db, 'cohorts', A), { seatLimit: 16 }));
  });

  it('participants cannot invite, nor write memberships or their own role', async () => {
    await assertFails(
      invite(as(env, 'participantA'), A, invitee.email, 13, people.participantA.uid),
    );
    await assertFails(
      setDoc(doc(as(env, 'participantA'), 'cohorts', A, 'members', 'someone'), {
        uid: 'someone',
        role: 'participant',
        displayName: 'S',
      }),
    );
    await assertFails(
      updateDoc(doc(as(env, 'participantA'), 'cohorts', A, 'members', people.participantA.uid), {
        role: 'facilitator',
      }),
    );
  });
});

describe('sending an invitation email again', () => {
  const hoursAgo = (hours: number) => Timestamp.fromMillis(Date.now() - hours * 60 * 60_000);

  async function pendingInvitation(fields: Record<string, unknown>) {
    await env.withSecurityRulesDisabled((context) =>
      setDoc(doc(firestoreOf(context), 'cohorts', A, 'invitations', invitee.email), {
        email: invitee.email,
        role: 'participant',
        invitedBy: people.facilitatorA.uid,
        ...fields,
      }),
    );
  }

  const askAgain = (db: Firestore, when: unknown = serverTimestamp()) =>
    updateDoc(doc(db, 'cohorts', A, 'invitations', invitee.email), { resendRequestedAt: when });

  it('is for staff, an hour after the invitation', async () => {
    await pendingInvitation({ createdAt: hoursAgo(2) });
    await assertFails(askAgain(as(env, 'participantA')));
    await assertFails(askAgain(as(env, 'facilitatorB')));
    await assertFails(askAgain(asInvitee()));
    await assertSucceeds(askAgain(as(env, 'facilitatorA')));
  });

  it('is refused within the hour after the invitation or the last resend', async () => {
    await pendingInvitation({ createdAt: Timestamp.fromMillis(Date.now() - 10 * 60_000) });
    await assertFails(askAgain(as(env, 'facilitatorA')));
    await pendingInvitation({ createdAt: hoursAgo(3), resendRequestedAt: hoursAgo(0.5) });
    await assertFails(askAgain(as(env, 'facilitatorA')));
    await pendingInvitation({ createdAt: hoursAgo(3), resendRequestedAt: hoursAgo(1.5) });
    await assertSucceeds(askAgain(as(env, 'admin')));
  });

  it('carries the server time and nothing else: sentAt is written only by the server', async () => {
    await pendingInvitation({ createdAt: hoursAgo(2) });
    await assertFails(askAgain(as(env, 'facilitatorA'), Timestamp.fromMillis(Date.now() + 60_000)));
    await assertFails(
      updateDoc(doc(as(env, 'facilitatorA'), 'cohorts', A, 'invitations', invitee.email), {
        resendRequestedAt: serverTimestamp(),
        sentAt: serverTimestamp(),
      }),
    );
    await assertFails(
      updateDoc(doc(as(env, 'facilitatorA'), 'cohorts', A, 'invitations', invitee.email), {
        sentAt: serverTimestamp(),
      }),
    );
  });
});

describe('facilitator invitations', () => {
  it('come from the programme team only, take no seat, and make the invitee a facilitator', async () => {
    const facilitatorInvite = (db: Firestore, uid: string) =>
      setDoc(doc(db, 'cohorts', B, 'invitations', invitee.email), {
        email: invitee.email,
        role: 'facilitator',
        invitedBy: uid,
        createdAt: serverTimestamp(),
      });
    await assertFails(facilitatorInvite(as(env, 'facilitatorB'), people.facilitatorB.uid));
    // The programme team's appointment goes through the function that audits it (staffAction).
    await assertFails(facilitatorInvite(as(env, 'admin'), people.admin.uid));
    await env.withSecurityRulesDisabled((context) =>
      facilitatorInvite(firestoreOf(context), people.admin.uid),
    );
    const db = asInvitee();
    const found = await assertSucceeds(
      getDocs(toQuery(db, pendingInvitationsQuery(invitee.email))),
    );
    expect(found.docs.map((d) => d.ref.path)).toEqual([
      `cohorts/${B}/invitations/${invitee.email}`,
    ]);
    const asParticipant = writeBatch(db);
    asParticipant.set(doc(db, 'cohorts', B, 'members', invitee.uid), {
      uid: invitee.uid,
      role: 'participant',
      displayName: invitee.displayName,
    });
    asParticipant.delete(doc(db, 'cohorts', B, 'invitations', invitee.email));
    await assertFails(asParticipant.commit());
    const asFacilitator = writeBatch(db);
    asFacilitator.set(doc(db, 'cohorts', B, 'members', invitee.uid), {
      uid: invitee.uid,
      role: 'facilitator',
      displayName: invitee.displayName,
    });
    asFacilitator.delete(doc(db, 'cohorts', B, 'invitations', invitee.email));
    await assertSucceeds(asFacilitator.commit());
  });

  it('are found only by their own verified address', async () => {
    await invited(A, invitee.email);
    await assertFails(getDocs(toQuery(asInvitee(false), pendingInvitationsQuery(invitee.email))));
    await assertFails(
      getDocs(
        toQuery(
          asInvitee(true, 'other@example.org', 'other'),
          pendingInvitationsQuery(invitee.email),
        ),
      ),
    );
  });
});

describe('removing a participant', () => {
  it('ends their access at once', async () => {
    await assertSucceeds(getDoc(doc(as(env, 'participantA'), 'cohorts', A)));
    await env.withSecurityRulesDisabled((context) =>
      deleteDoc(doc(firestoreOf(context), 'cohorts', A, 'members', people.participantA.uid)),
    );
    const removed = as(env, 'participantA');
    await assertFails(getDoc(doc(removed, 'cohorts', A)));
    await assertFails(getDocs(doc(removed, 'cohorts', A, 'modules', 'module-1').parent));
    await assertFails(getDoc(doc(removed, 'cohorts', A, 'journal', 'amara-m1-shared')));
    await assertFails(getDoc(doc(removed, 'cohorts', A, 'journal', 'amara-m2-private')));
  });

  it('is done by the server alone: no client batch removes a participant or frees a seat', async () => {
    await assertFails(removeParticipant(as(env, 'facilitatorA'), A, people.participantA.uid, 11));
    await assertFails(removeParticipant(as(env, 'admin'), A, people.participantA.uid, 11));
    await assertFails(
      removeParticipant(as(env, 'otherParticipantA'), A, people.participantA.uid, 11),
    );
    await assertFails(
      deleteDoc(doc(as(env, 'facilitatorA'), 'cohorts', A, 'members', people.participantA.uid)),
    );
    await assertFails(
      deleteDoc(doc(as(env, 'facilitatorA'), 'cohorts', A, 'members', people.associateA.uid)),
    );
  });
});

describe('a facilitator of cohort B', () => {
  it('touches nothing of cohort A', async () => {
    const db = as(env, 'facilitatorB');
    await assertFails(invite(db, A, invitee.email, 13, people.facilitatorB.uid));
    await assertFails(removeParticipant(db, A, people.participantA.uid, 11));
    await assertFails(
      updateDoc(doc(db, 'cohorts', A, 'modules', 'module-1'), { venue: 'Elsewhere', revision: 1 }),
    );
    await assertFails(
      setDoc(doc(db, 'cohorts', A, 'materials', 'x'), {
        moduleId: 'module-1',
        title: 'X',
        source: '',
        kind: 'article',
        minutes: 5,
        required: true,
        url: '',
        order: 1,
      }),
    );
    await assertFails(getDocs(doc(db, 'cohorts', A, 'readings', 'x').parent));
    await assertFails(getDoc(doc(db, 'cohorts', A, 'directorCallNotes', people.participantA.uid)));
    await assertFails(getDoc(doc(db, 'cohorts', A, 'goals', `${people.participantA.uid}-call-1`)));
  });
});

describe('the timetable', () => {
  it('changes only with a rising revision, and only by the cohort’s facilitators', async () => {
    const moduleRef = (who: Parameters<typeof as>[1]) =>
      doc(as(env, who), 'cohorts', A, 'modules', 'module-3');
    await assertSucceeds(
      updateDoc(moduleRef('facilitatorA'), { venue: 'The Assembly Rooms, Leicester', revision: 1 }),
    );
    await assertFails(
      updateDoc(moduleRef('facilitatorA'), { venue: 'Same revision', revision: 1 }),
    );
    await assertFails(updateDoc(moduleRef('facilitatorA'), { days: ['2027-01-01'], revision: 2 }));
    await assertFails(updateDoc(moduleRef('participantA'), { venue: 'Mine now', revision: 2 }));
  });

  it('takes "save quietly" as a yes or no, and nothing else', async () => {
    const moduleRef = doc(as(env, 'facilitatorA'), 'cohorts', A, 'modules', 'module-3');
    await assertSucceeds(updateDoc(moduleRef, { venue: 'Room 4', revision: 1, quiet: true }));
    await assertSucceeds(updateDoc(moduleRef, { venue: 'Room 5', revision: 2, quiet: false }));
    await assertFails(updateDoc(moduleRef, { venue: 'Room 6', revision: 3, quiet: 'yes' }));
    await assertFails(updateDoc(moduleRef, { venue: 'Room 6', revision: 3, quiet: 1 }));
  });
});

describe('materials and announcements', () => {
  it('are posted by facilitators and never by participants', async () => {
    const announcement = (uid: string, name: string) => ({
      title: 'Room change',
      body: 'We are in **room 2**.',
      authorUid: uid,
      authorName: name,
      createdAt: serverTimestamp(),
      updatedAt: serverTimestamp(),
    });
    await assertSucceeds(
      setDoc(
        doc(as(env, 'facilitatorA'), 'cohorts', A, 'announcements', 'n1'),
        announcement(people.facilitatorA.uid, people.facilitatorA.displayName),
      ),
    );
    await assertFails(
      setDoc(
        doc(as(env, 'participantA'), 'cohorts', A, 'announcements', 'n2'),
        announcement(people.participantA.uid, people.participantA.displayName),
      ),
    );
    await assertSucceeds(
      setDoc(doc(as(env, 'facilitatorA'), 'cohorts', A, 'announcements', 'n3'), {
        ...announcement(people.facilitatorA.uid, people.facilitatorA.displayName),
        emailText: true,
      }),
    );
    await assertFails(
      setDoc(doc(as(env, 'facilitatorA'), 'cohorts', A, 'announcements', 'n4'), {
        ...announcement(people.facilitatorA.uid, people.facilitatorA.displayName),
        emailText: 'yes',
      }),
    );
    await assertFails(
      updateDoc(doc(as(env, 'participantA'), 'cohorts', A, 'announcements', 'welcome'), {
        title: 'Hacked',
      }),
    );
    await assertFails(
      updateDoc(doc(as(env, 'participantA'), 'cohorts', A, 'materials', 'm1-systems'), {
        title: 'Hacked',
      }),
    );
    await assertFails(
      deleteDoc(doc(as(env, 'participantA'), 'cohorts', A, 'materials', 'm1-systems')),
    );
  });
});

describe('director calls', () => {
  it('are scheduled by facilitators, whose notes participants never read', async () => {
    const call = {
      uid: people.participantA.uid,
      scheduledAt: new Date('2027-01-05T10:00:00Z'),
      completed: false,
      summary: '',
    };
    await assertSucceeds(
      setDoc(
        doc(as(env, 'facilitatorA'), 'cohorts', A, 'directorCalls', people.participantA.uid),
        call,
      ),
    );
    await assertFails(
      setDoc(
        doc(as(env, 'participantA'), 'cohorts', A, 'directorCalls', people.participantA.uid),
        call,
      ),
    );
    await assertSucceeds(
      setDoc(
        doc(as(env, 'facilitatorA'), 'cohorts', A, 'directorCallNotes', people.participantA.uid),
        { notes: 'Private' },
      ),
    );
    await assertFails(
      getDoc(
        doc(as(env, 'participantA'), 'cohorts', A, 'directorCallNotes', people.participantA.uid),
      ),
    );
  });
});

describe('an archived cohort', () => {
  it('is archived only through the function that audits it, and then read-only for its members', async () => {
    await assertFails(updateDoc(doc(as(env, 'facilitatorA'), 'cohorts', A), { archived: true }));
    await assertFails(updateDoc(doc(as(env, 'admin'), 'cohorts', A), { archived: true }));
    await env.withSecurityRulesDisabled((context) =>
      updateDoc(doc(firestoreOf(context), 'cohorts', A), { archived: true }),
    );
    await assertSucceeds(
      getDoc(doc(as(env, 'participantA'), 'cohorts', A, 'journal', 'amara-m1-shared')),
    );
    await assertFails(
      updateDoc(doc(as(env, 'facilitatorA'), 'cohorts', A, 'modules', 'module-3'), {
        venue: 'X',
        revision: 1,
      }),
    );
    await assertFails(
      updateDoc(doc(as(env, 'participantA'), 'cohorts', A, 'journal', 'amara-m1-shared'), {
        title: 'Late',
        revision: 1,
        updatedAt: serverTimestamp(),
      }),
    );
    await assertFails(
      invite(as(env, 'facilitatorA'), A, invitee.email, 13, people.facilitatorA.uid),
    );
  });
});

describe('the programme team', () => {
  it('appoints and removes facilitators only through the function that audits it', async () => {
    const db = as(env, 'admin');
    await assertFails(
      setDoc(doc(db, 'cohorts', B, 'members', people.noCohort.uid), {
        uid: people.noCohort.uid,
        role: 'facilitator',
        displayName: people.noCohort.displayName,
      }),
    );
    await assertFails(deleteDoc(doc(db, 'cohorts', B, 'members', people.facilitatorB.uid)));
    await assertFails(
      setDoc(doc(as(env, 'facilitatorB'), 'cohorts', B, 'members', people.noCohort.uid), {
        uid: people.noCohort.uid,
        role: 'facilitator',
        displayName: people.noCohort.displayName,
      }),
    );
  });
});
