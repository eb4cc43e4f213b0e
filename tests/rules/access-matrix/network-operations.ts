import {
  collection,
  deleteDoc,
  doc,
  getDocs,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
  type Firestore,
} from 'firebase/firestore';
import {
  directoryQuery,
  myHiddenPostsQuery,
  networkRepliesQuery,
  networkReportsQuery,
  noticeboardQuery,
} from '../../../src/lib/firestore/network-refs';
import { networkProfileOf } from '../../../scripts/seed/demo-network';
import { cohortLabel } from '../../../src/lib/firestore/network-vocabulary';
import { cohortA, cohortB } from '../../../scripts/seed/demo-people';
import { people } from '../rules-environment';
import type { Actor, KindOperations } from './kind-operations';
import { toQuery } from '../../../src/lib/firestore/to-full-sdk';

const owner = people.participantA;
const facilitator = people.facilitatorA;
const at = Timestamp.fromDate(new Date('2027-01-01T09:00:00Z'));

/** The profile the network's join form writes for a person of cohort A (or B). */
export function joinFormProfile(actor: Actor, overrides: Record<string, unknown> = {}) {
  const cohort = cohortB.participants.some((p) => p.uid === actor.uid) ? cohortB : cohortA;
  const person = [...cohort.facilitators, ...cohort.participants].find((p) => p.uid === actor.uid);
  return {
    ...networkProfileOf(person ?? { ...owner, uid: actor.uid, displayName: actor.name }, [cohort], {
      sector: 'NHS provider',
      region: 'West Yorkshire',
      tags: ['Workforce'],
      openTo: ['conversations'],
    }),
    joinedAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
    ...overrides,
  };
}

export function postData(authorUid: string, overrides: Record<string, unknown> = {}) {
  return {
    authorUid,
    kind: 'ask',
    title: 'Has anyone pooled a budget with their council?',
    body: 'What did you agree first?',
    tags: ['workforce'],
    hidden: false,
    hiddenReason: '',
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function replyData(authorUid: string, overrides: Record<string, unknown> = {}) {
  return {
    authorUid,
    body: 'We did; happy to talk.',
    hidden: false,
    hiddenReason: '',
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

const newPost = (db: Firestore, actor: Actor, id: string, overrides = {}) =>
  setDoc(
    doc(db, 'networkPosts', id),
    postData(actor.uid, {
      createdAt: serverTimestamp(),
      updatedAt: serverTimestamp(),
      ...overrides,
    }),
  );

const editText = (path: string, field: string) => (db: Firestore) =>
  updateDoc(doc(db, path), { [field]: 'Edited', updatedAt: serverTimestamp() });

// People the table keeps out of the network; a create test may let one in, so each test starts over.
const outsiders = [people.otherParticipantA, people.noCohort, people.admin];
const removeOutsiders = async (db: Firestore) => {
  for (const person of outsiders) await deleteDoc(doc(db, 'networkProfiles', person.uid));
};

const post = 'networkPosts/matrix-post';
const hiddenPost = 'networkPosts/matrix-hidden-post';
const facilitatorsPost = 'networkPosts/matrix-facilitators-post';
const reply = `${facilitatorsPost}/replies/matrix-reply`;

// The labels profiles must carry for cohorts A and B, as the programme team listed them.
const listedLabels = {
  [cohortA.id]: cohortLabel(cohortA.name),
  [cohortB.id]: cohortLabel(cohortB.name),
};

export const networkOperations = {
  networkProfile: {
    target: {
      path: `networkProfiles/${owner.uid}`,
      data: {
        ...joinFormProfile({ uid: owner.uid, name: owner.displayName }),
        joinedAt: at,
        updatedAt: at,
      },
    },
    cleanUp: removeOutsiders,
    appList: (db) => getDocs(toQuery(db, directoryQuery({ region: 'West Yorkshire' }))),
    anyList: (db) => getDocs(collection(db, 'networkProfiles')),
    prepareCreate: (db, actor) => deleteDoc(doc(db, 'networkProfiles', actor.uid)),
    create: (db, actor) => setDoc(doc(db, 'networkProfiles', actor.uid), joinFormProfile(actor)),
    update: (db) =>
      updateDoc(doc(db, 'networkProfiles', owner.uid), {
        jobTitle: 'Chief Operating Officer',
        updatedAt: serverTimestamp(),
      }),
  },
  networkPost: {
    target: { path: post, data: postData(owner.uid) },
    appList: (db) => getDocs(toQuery(db, noticeboardQuery())),
    anyList: (db) => getDocs(collection(db, 'networkPosts')),
    create: (db, actor, id) => newPost(db, actor, id),
    update: editText(post, 'body'),
  },
  hiddenNetworkPost: {
    target: {
      path: hiddenPost,
      data: postData(owner.uid, { hidden: true, hiddenReason: 'Names a patient.' }),
    },
    appList: (db) => getDocs(toQuery(db, myHiddenPostsQuery(owner.uid))),
    anyList: (db) => getDocs(collection(db, 'networkPosts')),
    create: (db, actor, id) =>
      newPost(db, actor, id, { hidden: true, hiddenReason: 'Hidden from the start' }),
    update: editText(hiddenPost, 'body'),
  },
  networkReply: {
    target: { path: reply, data: replyData(owner.uid) },
    cleanUp: (db) => setDoc(doc(db, facilitatorsPost), postData(facilitator.uid)),
    appList: (db) => getDocs(toQuery(db, networkRepliesQuery('matrix-facilitators-post'))),
    anyList: (db) => getDocs(collection(db, facilitatorsPost, 'replies')),
    create: (db, actor, id) =>
      setDoc(
        doc(db, facilitatorsPost, 'replies', id),
        replyData(actor.uid, { createdAt: serverTimestamp(), updatedAt: serverTimestamp() }),
      ),
    update: editText(reply, 'body'),
  },
  networkReport: {
    target: {
      path: 'networkReports/matrix-report',
      data: {
        reporterUid: owner.uid,
        postId: 'matrix-post',
        replyId: '',
        reason: 'It names someone.',
        createdAt: at,
      },
    },
    appList: (db) => getDocs(toQuery(db, networkReportsQuery())),
    anyList: (db) => getDocs(collection(db, 'networkReports')),
    create: (db, actor, id) =>
      setDoc(doc(db, 'networkReports', id), {
        reporterUid: actor.uid,
        postId: 'matrix-post',
        replyId: '',
        reason: 'It names someone.',
        createdAt: serverTimestamp(),
      }),
    update: editText('networkReports/matrix-report', 'reason'),
  },
  networkCohortList: {
    target: { path: 'networkCohorts/all', data: { labels: listedLabels } },
    anyList: (db) => getDocs(collection(db, 'networkCohorts')),
    prepareCreate: (db) => deleteDoc(doc(db, 'networkCohorts', 'all')),
    create: (db) => setDoc(doc(db, 'networkCohorts', 'all'), { labels: listedLabels }),
    update: (db) =>
      setDoc(
        doc(db, 'networkCohorts', 'all'),
        { labels: { 'cohort-new': 'Spring 2028' } },
        { merge: true },
      ),
  },
} satisfies Record<string, KindOperations>;
