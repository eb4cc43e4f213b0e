import {
  collection,
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
import type { KindName } from '../../../firestore/access-matrix';
import {
  announcementsQuery,
  attendanceCollection,
  commentsQuery,
  directorCallsCollection,
  mailProblemsQuery,
  clientErrorCountsQuery,
  materialsQuery,
  modulesInOrderQuery,
  myGoalsQuery,
  myJournalQuery,
  myMembershipsQuery,
  myReadingsQuery,
  pendingInvitationsQuery,
  sharedJournalQuery,
} from '../../../src/lib/firestore/refs';
import {
  feedbackSummariesQuery,
  myModuleFeedbackQuery,
} from '../../../src/lib/firestore/feedback-refs';
import { auditLogQuery } from '../../../src/lib/firestore/audit-refs';
import { myDeparturesQuery } from '../../../src/lib/firestore/notices-refs';
import { deferralsQuery } from '../../../src/lib/firestore/deferral-refs';
import { completionsCollection } from '../../../src/lib/firestore/completion-refs';
import { A, B, people } from '../rules-environment';
import { demoProgrammes } from '../../../scripts/seed/demo-programme';
import { programmeShown } from '../../../src/lib/firestore/schemas';
import { waitingListQuery } from '../../../src/lib/firestore/waiting-list-refs';
import { networkOperations } from './network-operations';
import { toQuery, toCollectionRef } from '../../../src/lib/firestore/to-full-sdk';

/** The person acting: their uid and name, or a stand-in when signed out. */
export type Actor = { uid: string; name: string };

/** What one kind needs to be tried by each role: its target document and the app's operations. */
export type KindOperations = {
  /** The owner's document that get, update and delete act on, restored before each write test. */
  target: { path: string; data: Record<string, unknown> };
  appList?: (db: Firestore) => Promise<unknown>;
  anyList: (db: Firestore) => Promise<unknown>;
  /** Runs with the rules off before `create`, to clear the way (e.g. remove an existing record). */
  prepareCreate?: (db: Firestore, actor: Actor, freshId: string) => Promise<void>;
  create: (db: Firestore, actor: Actor, freshId: string) => Promise<unknown>;
  update: (db: Firestore, actor: Actor) => Promise<unknown>;
  remove?: (db: Firestore, actor: Actor) => Promise<unknown>;
  /** Runs with the rules off before every test, to undo what an earlier test's create let in. */
  cleanUp?: (db: Firestore) => Promise<unknown>;
};

const owner = people.participantA;
const [programme] = demoProgrammes as [(typeof demoProgrammes)[number]];
const sunita = people.thirdParticipantA;
const facilitator = people.facilitatorA;
const cohortPath = `cohorts/${A}`;
const at = Timestamp.fromDate(new Date('2027-01-01T09:00:00Z'));
export const seatsInCohortA = 12;
const invitedEmail = 'new.person@example.org';
// Someone waiting for a seat in cohort A: not a member, so no role of the table is them.
const waitingEmail = 'waiting.person@example.org';
const matrixMaterial = 'matrix-material';

function feedbackAnswer(uid: string) {
  return {
    uid,
    moduleId: 'module-2',
    overall: 4,
    sessions: { '1-10:00': 5, '2-09:00': 3 },
    helped: 'Hearing how the council sees it',
    change: 'More time in the sets',
    updatedAt: serverTimestamp(),
  };
}

function entry(visibility: string, id: string) {
  return {
    path: `${cohortPath}/journal/${id}`,
    data: {
      authorUid: owner.uid,
      authorName: owner.displayName,
      moduleId: 'module-2',
      title: 'A reflection',
      body: 'Some words',
      visibility,
      revision: 0,
      createdAt: at,
      updatedAt: at,
    },
  };
}

function newEntry(visibility: string) {
  return (db: Firestore, actor: Actor, id: string) =>
    setDoc(doc(db, cohortPath, 'journal', id), {
      authorUid: actor.uid,
      authorName: actor.name,
      moduleId: 'module-2',
      title: 'New',
      body: 'Words',
      visibility,
      revision: 0,
      createdAt: serverTimestamp(),
      updatedAt: serverTimestamp(),
    });
}

const entryKind = (visibility: string, id: string, appList?: KindOperations['appList']) => {
  const target = entry(visibility, id);
  return {
    target,
    appList,
    anyList: (db: Firestore) => getDocs(collection(db, cohortPath, 'journal')),
    create: newEntry(visibility),
    update: (db: Firestore) =>
      updateDoc(doc(db, target.path), {
        body: 'Edited',
        revision: 1,
        updatedAt: serverTimestamp(),
      }),
  } satisfies KindOperations;
};

function goal(source: 'participant' | 'director-call', id: string) {
  return {
    path: `${cohortPath}/goals/${id}`,
    data: {
      ownerUid: owner.uid,
      text: 'Build one shared plan with the council',
      source,
      createdBy: source === 'participant' ? owner.uid : facilitator.uid,
      checkIns: {},
      createdAt: at,
      updatedAt: at,
    },
  };
}

function newGoal(source: 'participant' | 'director-call') {
  return (db: Firestore, actor: Actor, id: string) =>
    setDoc(doc(db, cohortPath, 'goals', id), {
      ownerUid: source === 'participant' ? actor.uid : owner.uid,
      text: 'A new goal',
      source,
      createdBy: actor.uid,
      checkIns: {},
      createdAt: serverTimestamp(),
      updatedAt: serverTimestamp(),
    });
}

const participantGoal = goal('participant', 'matrix-own-goal');
const callGoal = goal('director-call', 'matrix-call-goal');
const module3 = `${cohortPath}/modules/module-3`;
// Filled in from the seeded cohort and timetable before the suite runs.
export const cohortTarget = { path: cohortPath, data: {} as Record<string, unknown> };
const moduleTarget = { path: module3, data: {} as Record<string, unknown> };
const comment = `${cohortPath}/journal/gareth-m2-shared/comments/matrix-comment`;
const emailChoices = {
  moduleReminders: true,
  callReminders: true,
  announcements: true,
  timetableChanges: true,
  replies: 'digest',
};
const ledgerEntry = { kind: 'announcements', status: 'pending', attempts: 0, createdAt: at };

/** A server-only collection: every client write is refused, whoever makes it. */
function serverOnly(collectionName: string, id: string, data: Record<string, unknown>) {
  return {
    target: { path: `${collectionName}/${id}`, data },
    anyList: (db: Firestore) => getDocs(collection(db, collectionName)),
    create: (db: Firestore, _actor: Actor, freshId: string) =>
      setDoc(doc(db, collectionName, freshId), data),
    update: (db: Firestore) => updateDoc(doc(db, collectionName, id), { status: 'sent' }),
  } satisfies KindOperations;
}

const lastModule = `${cohortPath}/modules/module-4`;
let lastModuleAsSeeded: Record<string, unknown> | null | undefined;
const programmeId = 'programme-collaborative-leadership';
const completionPolicyPath = `programmes/${programmeId}/policy/completion`;

function completion(person: { uid: string; displayName: string }) {
  return {
    uid: person.uid,
    displayName: person.displayName,
    daysAttended: 7.5,
    hoursAttended: 45,
    directorName: facilitator.displayName,
    directorUid: facilitator.uid,
    confirmedBy: facilitator.uid,
    confirmedAt: at,
  };
}

export const kindOperations: Record<KindName, KindOperations> = {
  profile: {
    target: {
      path: `users/${owner.uid}`,
      data: { displayName: owner.displayName, organisation: owner.organisation, jobTitle: 'CEO' },
    },
    anyList: (db) => getDocs(collection(db, 'users')),
    prepareCreate: (db, actor) => deleteDoc(doc(db, 'users', actor.uid)),
    create: (db, actor) => setDoc(doc(db, 'users', actor.uid), { displayName: actor.name }),
    update: (db) => updateDoc(doc(db, 'users', owner.uid), { jobTitle: 'Director of Nursing' }),
  },
  cohort: {
    target: cohortTarget,
    anyList: (db) => getDocs(collection(db, 'cohorts')),
    create: (db, _actor, id) =>
      setDoc(doc(db, 'cohorts', id), {
        programmeId: programme.id,
        programme: programmeShown(programme.data),
        name: 'Collaborative leadership — winter 2028',
        startDate: '2028-01-10',
        endDate: '2028-07-30',
        seatLimit: 16,
        archived: false,
        seatsTaken: 0,
      }),
    update: (db) => updateDoc(doc(db, cohortPath), { name: 'Renamed cohort' }),
  },
  programme: {
    target: { path: `programmes/${programme.id}`, data: programme.data },
    anyList: (db) => getDocs(collection(db, 'programmes')),
    create: (db, _actor, id) => setDoc(doc(db, 'programmes', id), programme.data),
    // As the programme form does: the record and what each of its cohorts shows, in one batch.
    update: (db) => {
      const changed = { ...programme.data, description: 'Four modules in 2028.' };
      const batch = writeBatch(db);
      batch.set(doc(db, 'programmes', programme.id), changed);
      for (const id of [A, B]) {
        batch.update(doc(db, 'cohorts', id), { programme: programmeShown(changed) });
      }
      return batch.commit();
    },
  },
  membership: {
    target: {
      path: `${cohortPath}/members/${owner.uid}`,
      data: {
        uid: owner.uid,
        role: 'participant',
        displayName: owner.displayName,
        organisation: owner.organisation,
        jobTitle: owner.jobTitle,
      },
    },
    appList: (db) => getDocs(toQuery(db, myMembershipsQuery(owner.uid))),
    anyList: (db) => getDocs(collection(db, cohortPath, 'members')),
    // A membership carries the name on the person's own profile.
    prepareCreate: async (db, _actor, id) => {
      await setDoc(doc(db, 'users', id), { displayName: 'New Person' });
    },
    create: (db, actor, id) =>
      setDoc(doc(db, cohortPath, 'members', id), {
        uid: id,
        role: actor.uid === people.admin.uid ? 'facilitator' : 'participant',
        displayName: 'New Person',
      }),
    update: (db) =>
      updateDoc(doc(db, cohortPath, 'members', owner.uid), { displayName: 'Amara O.' }),
    remove: (db) => {
      const batch = writeBatch(db);
      batch.delete(doc(db, cohortPath, 'members', owner.uid));
      batch.update(doc(db, cohortPath), {
        seatsTaken: seatsInCohortA - 1,
        lastSeatChange: { kind: 'remove', id: owner.uid },
      });
      return batch.commit();
    },
  },
  invitation: {
    target: {
      path: `${cohortPath}/invitations/${invitedEmail}`,
      data: { email: invitedEmail, role: 'participant', invitedBy: facilitator.uid, createdAt: at },
    },
    appList: (db) => getDocs(toQuery(db, pendingInvitationsQuery(invitedEmail))),
    anyList: (db) => getDocs(collection(db, cohortPath, 'invitations')),
    create: (db, actor, id) => {
      const email = `${id}@example.org`;
      const batch = writeBatch(db);
      batch.set(doc(db, cohortPath, 'invitations', email), {
        email,
        role: 'participant',
        invitedBy: actor.uid,
        createdAt: serverTimestamp(),
      });
      batch.update(doc(db, cohortPath), {
        seatsTaken: seatsInCohortA + 1,
        lastSeatChange: { kind: 'invite', id: email },
      });
      return batch.commit();
    },
    update: (db) =>
      updateDoc(doc(db, cohortPath, 'invitations', invitedEmail), { role: 'facilitator' }),
    remove: (db) => {
      const batch = writeBatch(db);
      batch.delete(doc(db, cohortPath, 'invitations', invitedEmail));
      batch.update(doc(db, cohortPath), {
        seatsTaken: seatsInCohortA - 1,
        lastSeatChange: { kind: 'revoke', id: invitedEmail },
      });
      return batch.commit();
    },
  },
  waitingPlace: {
    target: {
      path: `${cohortPath}/waitingList/${waitingEmail}`,
      data: { email: waitingEmail, position: 1, addedBy: facilitator.uid, addedAt: at },
    },
    appList: (db) => getDocs(toQuery(db, waitingListQuery(A))),
    anyList: (db) => getDocs(collection(db, cohortPath, 'waitingList')),
    create: (db, actor, id) =>
      setDoc(doc(db, cohortPath, 'waitingList', `${id}@example.org`), {
        email: `${id}@example.org`,
        position: 2,
        addedBy: actor.uid,
        addedAt: serverTimestamp(),
      }),
    update: (db) => updateDoc(doc(db, cohortPath, 'waitingList', waitingEmail), { position: 0 }),
    remove: (db) => deleteDoc(doc(db, cohortPath, 'waitingList', waitingEmail)),
  },
  module: {
    target: moduleTarget,
    appList: (db) => getDocs(toQuery(db, modulesInOrderQuery(A))),
    anyList: (db) => getDocs(collection(db, cohortPath, 'modules')),
    create: (db, _actor, id) =>
      setDoc(doc(db, cohortPath, 'modules', id), {
        number: 4,
        title: 'An extra module',
        themes: [],
        days: ['2027-09-06', '2027-09-07'],
        venue: '',
        sessions: [],
        revision: 0,
      }),
    update: (db) =>
      updateDoc(doc(db, module3), {
        title: 'Retitled',
        revision: Number(moduleTarget.data['revision']) + 1,
      }),
  },
  material: {
    target: {
      path: `${cohortPath}/materials/${matrixMaterial}`,
      data: {
        moduleId: 'module-3',
        title: 'Leading across boundaries',
        source: 'The King’s Fund',
        kind: 'report',
        minutes: 20,
        required: true,
        url: 'https://example.org/report',
        order: 50,
      },
    },
    appList: (db) => getDocs(toQuery(db, materialsQuery(A))),
    anyList: (db) => getDocs(collection(db, cohortPath, 'materials')),
    create: (db, _actor, id) =>
      setDoc(doc(db, cohortPath, 'materials', id), {
        moduleId: 'module-3',
        title: 'New reading',
        source: '',
        kind: 'article',
        minutes: 10,
        required: false,
        url: '',
        order: 51,
      }),
    update: (db) =>
      updateDoc(doc(db, cohortPath, 'materials', matrixMaterial), { title: 'Retitled' }),
  },
  reading: {
    target: {
      path: `${cohortPath}/readings/${owner.uid}__m3-power`,
      data: {
        uid: owner.uid,
        materialId: 'm3-power',
        moduleId: 'module-3',
        read: true,
        takeaway: '',
        updatedAt: at,
      },
    },
    appList: (db) => getDocs(toQuery(db, myReadingsQuery(A, owner.uid))),
    anyList: (db) => getDocs(collection(db, cohortPath, 'readings')),
    prepareCreate: (db, actor) =>
      deleteDoc(doc(db, cohortPath, 'readings', `${actor.uid}__${matrixMaterial}`)),
    create: (db, actor) =>
      setDoc(doc(db, cohortPath, 'readings', `${actor.uid}__${matrixMaterial}`), {
        uid: actor.uid,
        materialId: matrixMaterial,
        moduleId: 'module-3',
        read: true,
        takeaway: '',
        updatedAt: serverTimestamp(),
      }),
    update: (db) =>
      updateDoc(doc(db, cohortPath, 'readings', `${owner.uid}__m3-power`), {
        takeaway: 'Power flows',
        updatedAt: serverTimestamp(),
      }),
  },
  participantGoal: {
    target: participantGoal,
    appList: (db) => getDocs(toQuery(db, myGoalsQuery(A, owner.uid))),
    anyList: (db) => getDocs(collection(db, cohortPath, 'goals')),
    create: newGoal('participant'),
    update: (db) =>
      updateDoc(doc(db, participantGoal.path), {
        'checkIns.1': { progress: 2, note: 'Going well' },
        updatedAt: serverTimestamp(),
      }),
  },
  callGoal: {
    target: callGoal,
    appList: (db) => getDocs(toQuery(db, myGoalsQuery(A, owner.uid))),
    anyList: (db) => getDocs(collection(db, cohortPath, 'goals')),
    create: newGoal('director-call'),
    update: (db) =>
      updateDoc(doc(db, callGoal.path), { text: 'Reworded', updatedAt: serverTimestamp() }),
  },
  privateEntry: entryKind('private', 'matrix-private', (db) =>
    getDocs(toQuery(db, myJournalQuery(A, owner.uid))),
  ),
  facilitatorsEntry: entryKind('facilitators', 'matrix-facilitators', (db) =>
    getDocs(toQuery(db, sharedJournalQuery(A, 'facilitators'))),
  ),
  cohortEntry: entryKind('cohort', 'matrix-cohort', (db) =>
    getDocs(toQuery(db, sharedJournalQuery(A, 'cohort'))),
  ),
  comment: {
    target: {
      path: comment,
      data: {
        authorUid: owner.uid,
        authorName: owner.displayName,
        body: 'Thank you for this',
        visibility: 'cohort',
        createdAt: at,
        updatedAt: at,
      },
    },
    appList: (db) => getDocs(toQuery(db, commentsQuery(A, 'gareth-m2-shared', true))),
    anyList: (db) => getDocs(collection(db, cohortPath, 'journal', 'gareth-m2-shared', 'comments')),
    create: (db, actor, id) =>
      setDoc(doc(db, cohortPath, 'journal', 'gareth-m2-shared', 'comments', id), {
        authorUid: actor.uid,
        authorName: actor.name,
        body: 'A reply',
        visibility: 'cohort',
        createdAt: serverTimestamp(),
        updatedAt: serverTimestamp(),
      }),
    update: (db) => updateDoc(doc(db, comment), { body: 'Edited', updatedAt: serverTimestamp() }),
  },
  announcement: {
    target: {
      path: `${cohortPath}/announcements/matrix-announcement`,
      data: {
        title: 'Welcome',
        body: 'Hello all',
        authorUid: facilitator.uid,
        authorName: facilitator.displayName,
        createdAt: at,
        updatedAt: at,
      },
    },
    appList: (db) => getDocs(toQuery(db, announcementsQuery(A))),
    anyList: (db) => getDocs(collection(db, cohortPath, 'announcements')),
    create: (db, actor, id) =>
      setDoc(doc(db, cohortPath, 'announcements', id), {
        title: 'News',
        body: '',
        authorUid: actor.uid,
        authorName: actor.name,
        createdAt: serverTimestamp(),
        updatedAt: serverTimestamp(),
      }),
    update: (db) =>
      updateDoc(doc(db, cohortPath, 'announcements', 'matrix-announcement'), {
        title: 'Retitled',
        updatedAt: serverTimestamp(),
      }),
  },
  attendance: {
    target: {
      path: `${cohortPath}/attendance/${owner.uid}`,
      data: { uid: owner.uid, days: { '1-1': 'present' }, updatedAt: at },
    },
    appList: (db) => getDocs(toCollectionRef(db, attendanceCollection(A))),
    anyList: (db) => getDocs(collection(db, cohortPath, 'attendance')),
    prepareCreate: (db) => deleteDoc(doc(db, cohortPath, 'attendance', sunita.uid)),
    create: (db) =>
      setDoc(doc(db, cohortPath, 'attendance', sunita.uid), {
        uid: sunita.uid,
        days: { '1-1': 'present' },
        updatedAt: serverTimestamp(),
      }),
    update: (db) =>
      setDoc(
        doc(db, cohortPath, 'attendance', owner.uid),
        { days: { '1-2': 'part' }, updatedAt: serverTimestamp() },
        { merge: true },
      ),
  },
  moduleFeedback: {
    target: {
      path: `${cohortPath}/moduleFeedback/module-2__${owner.uid}`,
      data: {
        uid: owner.uid,
        moduleId: 'module-2',
        overall: 4,
        sessions: { '1-10:00': 5 },
        helped: 'The action learning sets',
        change: '',
        updatedAt: at,
      },
    },
    appList: (db) => getDocs(toQuery(db, myModuleFeedbackQuery(A, owner.uid))),
    anyList: (db) => getDocs(collection(db, cohortPath, 'moduleFeedback')),
    prepareCreate: (db, actor) =>
      deleteDoc(doc(db, cohortPath, 'moduleFeedback', `module-2__${actor.uid}`)),
    create: (db, actor) =>
      setDoc(
        doc(db, cohortPath, 'moduleFeedback', `module-2__${actor.uid}`),
        feedbackAnswer(actor.uid),
      ),
    update: (db) =>
      setDoc(doc(db, cohortPath, 'moduleFeedback', `module-2__${owner.uid}`), {
        ...feedbackAnswer(owner.uid),
        overall: 5,
      }),
  },
  feedbackSummary: {
    target: {
      path: `${cohortPath}/feedbackSummaries/module-2`,
      data: {
        moduleId: 'module-2',
        responses: 3,
        overall: { counts: [0, 0, 1, 1, 1], average: 4 },
        sessions: [],
        helped: ['The sets'],
        change: [],
      },
    },
    appList: (db) => getDocs(toQuery(db, feedbackSummariesQuery(A))),
    anyList: (db) => getDocs(collection(db, cohortPath, 'feedbackSummaries')),
    create: (db) =>
      setDoc(doc(db, cohortPath, 'feedbackSummaries', 'module-4'), {
        moduleId: 'module-4',
        responses: 3,
        overall: { counts: [0, 0, 0, 0, 3], average: 5 },
        sessions: [],
        helped: [],
        change: [],
      }),
    update: (db) =>
      updateDoc(doc(db, cohortPath, 'feedbackSummaries', 'module-2'), { responses: 4 }),
  },
  directorCall: {
    target: {
      path: `${cohortPath}/directorCalls/${owner.uid}`,
      data: { uid: owner.uid, scheduledAt: at, completed: false, summary: '' },
    },
    appList: (db) => getDocs(toCollectionRef(db, directorCallsCollection(A))),
    anyList: (db) => getDocs(collection(db, cohortPath, 'directorCalls')),
    prepareCreate: (db) => deleteDoc(doc(db, cohortPath, 'directorCalls', sunita.uid)),
    create: (db) =>
      setDoc(doc(db, cohortPath, 'directorCalls', sunita.uid), {
        uid: sunita.uid,
        scheduledAt: null,
        completed: false,
        summary: '',
      }),
    update: (db) => updateDoc(doc(db, cohortPath, 'directorCalls', owner.uid), { completed: true }),
  },
  directorCallNotes: {
    target: { path: `${cohortPath}/directorCallNotes/${owner.uid}`, data: { notes: 'Keen' } },
    anyList: (db) => getDocs(collection(db, cohortPath, 'directorCallNotes')),
    prepareCreate: (db) => deleteDoc(doc(db, cohortPath, 'directorCallNotes', sunita.uid)),
    create: (db) => setDoc(doc(db, cohortPath, 'directorCallNotes', sunita.uid), { notes: 'New' }),
    update: (db) =>
      updateDoc(doc(db, cohortPath, 'directorCallNotes', owner.uid), { notes: 'Changed' }),
  },
  whatsNew: {
    target: {
      path: `${cohortPath}/whatsNew/${owner.uid}`,
      data: {
        items: [{ id: 'announcement:a1', kind: 'announcement', title: 'Welcome', path: '/', at }],
        seenAt: at,
      },
    },
    anyList: (db) => getDocs(collection(db, cohortPath, 'whatsNew')),
    prepareCreate: (db, actor) => deleteDoc(doc(db, cohortPath, 'whatsNew', actor.uid)),
    create: (db, actor) =>
      setDoc(doc(db, cohortPath, 'whatsNew', actor.uid), { seenAt: serverTimestamp() }),
    update: (db) =>
      updateDoc(doc(db, cohortPath, 'whatsNew', owner.uid), { seenAt: serverTimestamp() }),
  },
  notificationSettings: {
    target: { path: `notificationSettings/${owner.uid}`, data: { ...emailChoices, updatedAt: at } },
    anyList: (db) => getDocs(collection(db, 'notificationSettings')),
    prepareCreate: (db, actor) => deleteDoc(doc(db, 'notificationSettings', actor.uid)),
    create: (db, actor) =>
      setDoc(doc(db, 'notificationSettings', actor.uid), {
        ...emailChoices,
        updatedAt: serverTimestamp(),
      }),
    update: (db) =>
      updateDoc(doc(db, 'notificationSettings', owner.uid), {
        announcements: false,
        updatedAt: serverTimestamp(),
      }),
  },
  mailLedger: serverOnly('mailLedger', 'matrix-ledger', ledgerEntry),
  replyDigest: serverOnly('replyDigests', owner.uid, { uid: owner.uid, pending: {} }),
  erasure: serverOnly('erasures', 'matrix-erasure', {
    erasedBy: people.admin.uid,
    cohortId: A,
    uid: owner.uid,
    at,
    counts: { Goals: 2 },
    total: 2,
  }),
  calendarFeed: serverOnly('calendarFeeds', owner.uid, {
    uid: owner.uid,
    tokenHash: 'a'.repeat(64),
    createdAt: at,
  }),
  calendarLedgerEvent: serverOnly(`calendarLedger/${A}/events`, 'day-module-1-1', {
    key: 'day-module-1-1',
    summary: 'Module 1, day 1',
    date: '2027-03-02',
    sequence: 0,
  }),
  programmeTeam: serverOnly('programmeTeam', 'roster', { uids: [people.admin.uid] }),
  mailProblem: {
    ...serverOnly('mailProblems', 'matrix-problem', {
      kind: 'announcements',
      to: owner.email,
      subject: 'Welcome',
      attempts: 1,
      lastError: 'refused',
      lastAttemptAt: at,
      willRetry: true,
    }),
    appList: (db) => getDocs(toQuery(db, mailProblemsQuery())),
  },
  auditRecord: {
    ...serverOnly('auditLog', 'matrix-audit', {
      action: 'erasure',
      actor: { uid: people.admin.uid, label: people.admin.displayName },
      cohortId: A,
      target: { uid: owner.uid, label: owner.displayName },
      detail: { from: 'screen' },
      at,
    }),
    appList: (db) => getDocs(toQuery(db, auditLogQuery({ cohortId: A }))),
  },
  auditSettings: {
    target: {
      path: 'settings/audit',
      data: { retentionMonths: 24, updatedBy: people.admin.uid, updatedAt: at },
    },
    anyList: (db) => getDocs(collection(db, 'settings')),
    prepareCreate: (db) => deleteDoc(doc(db, 'settings', 'audit')),
    create: (db, actor) =>
      setDoc(doc(db, 'settings', 'audit'), {
        retentionMonths: 36,
        updatedBy: actor.uid,
        updatedAt: serverTimestamp(),
      }),
    update: (db, actor) =>
      updateDoc(doc(db, 'settings', 'audit'), {
        retentionMonths: 12,
        updatedBy: actor.uid,
        updatedAt: serverTimestamp(),
      }),
  },
  departure: {
    ...serverOnly('departures', `${A}__${owner.uid}`, {
      uid: owner.uid,
      cohortId: A,
      cohortName: 'Collaborative leadership — spring 2027',
      displayName: owner.displayName,
      endedAt: at,
      accessEndsAt: Timestamp.fromMillis(Date.now() + 30 * 86_400_000),
    }),
    appList: (db) => getDocs(toQuery(db, myDeparturesQuery(owner.uid))),
  },
  deferral: {
    ...serverOnly(`${cohortPath}/deferrals`, `${B}__${owner.uid}`, {
      uid: owner.uid,
      displayName: owner.displayName,
      fromCohortId: B,
      fromCohortName: 'Collaborative leadership — autumn 2026',
      toCohortId: A,
      toCohortName: 'Collaborative leadership — spring 2027',
      agreementMethod: 'phone',
      agreedOn: '2026-12-01',
      agreementNote: '',
      deferredBy: people.admin.displayName,
      deferredAt: at,
    }),
    appList: (db) => getDocs(toQuery(db, deferralsQuery(A))),
  },
  completion: {
    target: { path: `${cohortPath}/completions/${owner.uid}`, data: completion(owner) },
    appList: (db) => getDocs(toCollectionRef(db, completionsCollection(A))),
    anyList: (db) => getDocs(collection(db, cohortPath, 'completions')),
    // Confirming opens once module 4 is over; the seeded timetable has it ahead.
    prepareCreate: async (db) => {
      lastModuleAsSeeded ??= (await getDoc(doc(db, lastModule))).data() ?? null;
      await updateDoc(doc(db, lastModule), { days: ['2020-03-03', '2020-03-04'] });
      await deleteDoc(doc(db, cohortPath, 'completions', sunita.uid));
    },
    create: (db, actor) =>
      setDoc(doc(db, cohortPath, 'completions', sunita.uid), {
        ...completion(sunita),
        confirmedBy: actor.uid,
        confirmedAt: serverTimestamp(),
      }),
    update: (db) => updateDoc(doc(db, cohortPath, 'completions', owner.uid), { daysAttended: 8 }),
    cleanUp: async (db) => {
      if (lastModuleAsSeeded) await setDoc(doc(db, lastModule), lastModuleAsSeeded);
    },
  },
  completionPolicy: {
    target: {
      path: completionPolicyPath,
      data: {
        minDaysAttended: 6,
        directorCallRequired: true,
        updatedBy: people.admin.uid,
        updatedAt: at,
      },
    },
    anyList: (db) => getDocs(collection(db, 'programmes', programmeId, 'policy')),
    prepareCreate: (db) => deleteDoc(doc(db, completionPolicyPath)),
    create: (db, actor) =>
      setDoc(doc(db, completionPolicyPath), {
        minDaysAttended: 7,
        directorCallRequired: false,
        updatedBy: actor.uid,
        updatedAt: serverTimestamp(),
      }),
    update: (db, actor) =>
      updateDoc(doc(db, completionPolicyPath), {
        minDaysAttended: 5,
        updatedBy: actor.uid,
        updatedAt: serverTimestamp(),
      }),
  },
  privacySettings: {
    target: {
      path: 'settings/privacy',
      data: {
        controllerName: 'The Leadership Academy',
        contactEmail: 'privacy@example.org',
        dpoContact: 'Data Protection Officer, dpo@example.org',
        updatedBy: people.admin.uid,
        updatedAt: at,
      },
    },
    anyList: (db) => getDocs(collection(db, 'settings')),
    prepareCreate: (db) => deleteDoc(doc(db, 'settings', 'privacy')),
    create: (db, actor) =>
      setDoc(doc(db, 'settings', 'privacy'), {
        controllerName: 'The Leadership Academy',
        contactEmail: 'privacy@example.org',
        dpoContact: '',
        updatedBy: actor.uid,
        updatedAt: serverTimestamp(),
      }),
    update: (db, actor) =>
      updateDoc(doc(db, 'settings', 'privacy'), {
        contactEmail: 'data@example.org',
        updatedBy: actor.uid,
        updatedAt: serverTimestamp(),
      }),
  },
  retentionSettings: {
    target: {
      path: 'settings/retention',
      data: { cohortMonthsAfterEnd: 24, updatedBy: people.admin.uid, updatedAt: at },
    },
    anyList: (db) => getDocs(collection(db, 'settings')),
    prepareCreate: (db) => deleteDoc(doc(db, 'settings', 'retention')),
    create: (db, actor) =>
      setDoc(doc(db, 'settings', 'retention'), {
        cohortMonthsAfterEnd: 12,
        updatedBy: actor.uid,
        updatedAt: serverTimestamp(),
      }),
    update: (db, actor) =>
      updateDoc(doc(db, 'settings', 'retention'), {
        cohortMonthsAfterEnd: 36,
        updatedBy: actor.uid,
        updatedAt: serverTimestamp(),
      }),
  },
  clientErrorCount: {
    ...serverOnly('clientErrorCounts', '2026-12-01', {
      day: '2026-12-01',
      errors: 2,
      cspViolations: 1,
      minute: '2026-12-01T10:15',
      minuteIds: ['abcdef0123456789'],
      updatedAt: at,
    }),
    appList: (db) => getDocs(toQuery(db, clientErrorCountsQuery())),
  },
  ...networkOperations,
};
