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
  limit,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
  writeBatch,
  type Firestore,
} from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { cohortA, cohortB } from '../../scripts/seed/demo-people';
import {
  directoryQuery,
  latestAsksQuery,
  myHiddenPostsQuery,
  myHiddenRepliesQuery,
  myNetworkPostsQuery,
  myNetworkRepliesQuery,
  networkRepliesQuery,
  networkReportsQuery,
  noticeboardQuery,
} from '../../src/lib/firestore/network-refs';
import { cohortLabel, tagInCohort } from '../../src/lib/firestore/network-vocabulary';
import { joinFormProfile, postData, replyData } from './access-matrix/network-operations';
import {
  A,
  as,
  B,
  createRulesEnvironment,
  firestoreOf,
  people,
  seedTwoCohorts,
  type Who,
} from './rules-environment';
import { toQuery } from '../../src/lib/firestore/to-full-sdk';

// The demo network seeded here: Amara (A), Helen (A's facilitator) and Dylan (B) are in it;
// Gareth (A) and Alex (no cohort) are not. Each refusal sits next to the honest twin it imitates.

let env: RulesTestEnvironment;
const db = (who: Who) => as(env, who);
const amara = people.participantA;
const gareth = people.otherParticipantA;
const dylan = people.participantB;
const garethActor = { uid: gareth.uid, name: gareth.displayName };

async function withRulesOff(work: (db: Firestore) => Promise<unknown>) {
  await env.withSecurityRulesDisabled((context) =>
    work(firestoreOf(context)).then(() => undefined),
  );
}

beforeAll(async () => {
  env = await createRulesEnvironment('network');
});
beforeEach(async () => {
  await env.clearFirestore();
  await seedTwoCohorts(env);
  await withRulesOff(async (admin) => {
    await setDoc(doc(admin, 'networkPosts/amaras-ask'), postData(amara.uid));
    await setDoc(
      doc(admin, 'networkPosts/amaras-hidden'),
      postData(amara.uid, { hidden: true, hiddenReason: 'Names a patient.' }),
    );
    await setDoc(doc(admin, 'networkPosts/amaras-ask/replies/dylans'), replyData(dylan.uid));
    await setDoc(
      doc(admin, 'networkPosts/amaras-ask/replies/dylans-hidden'),
      replyData(dylan.uid, { hidden: true, hiddenReason: 'Off topic.' }),
    );
  });
});
afterAll(() => env.cleanup());

describe('every query the network screens run', () => {
  const directoryVariants = {
    'the first page': {},
    'a name': { name: 'am' },
    'a sector': { sector: 'Local government' },
    'a region': { region: 'Greater Manchester' },
    'a tag': { tag: 'Workforce' },
    'a cohort': { cohortId: A },
    'a tag within a cohort': { tag: 'workforce', cohortId: A },
    'everything at once': {
      name: 'a',
      sector: 'NHS provider',
      region: 'West Yorkshire',
      tag: 'workforce',
      cohortId: A,
    },
  };

  for (const [label, filters] of Object.entries(directoryVariants)) {
    it(`the directory by ${label}: members and the programme team, nobody else`, async () => {
      await assertSucceeds(getDocs(toQuery(db('participantA'), directoryQuery(filters))));
      await assertSucceeds(getDocs(toQuery(db('participantB'), directoryQuery(filters))));
      await assertSucceeds(getDocs(toQuery(db('admin'), directoryQuery(filters))));
      await assertFails(getDocs(toQuery(db('otherParticipantA'), directoryQuery(filters))));
      await assertFails(getDocs(toQuery(db('noCohort'), directoryQuery(filters))));
      await assertFails(getDocs(toQuery(db('signedOut'), directoryQuery(filters))));
    });
  }

  it('the noticeboard, with and without a tag, and the dashboard’s latest asks', async () => {
    for (const run of [
      (d: Firestore) => toQuery(d, noticeboardQuery()),
      (d: Firestore) => toQuery(d, noticeboardQuery({ tag: 'workforce' })),
      (d: Firestore) => toQuery(d, latestAsksQuery()),
    ]) {
      await assertSucceeds(getDocs(run(db('participantB'))));
      await assertFails(getDocs(run(db('otherParticipantA'))));
      await assertFails(getDocs(run(db('signedOut'))));
    }
  });

  it('everything, hidden included, is for the programme team alone', async () => {
    await assertSucceeds(getDocs(toQuery(db('admin'), noticeboardQuery({ everything: true }))));
    await assertSucceeds(getDocs(toQuery(db('admin'), networkRepliesQuery('amaras-ask', true))));
    await assertFails(getDocs(toQuery(db('participantB'), noticeboardQuery({ everything: true }))));
    await assertFails(
      getDocs(toQuery(db('participantA'), networkRepliesQuery('amaras-ask', true))),
    );
  });

  it('a person’s own hidden posts and replies, for them alone', async () => {
    await assertSucceeds(getDocs(toQuery(db('participantA'), myHiddenPostsQuery(amara.uid))));
    await assertFails(getDocs(toQuery(db('participantB'), myHiddenPostsQuery(amara.uid))));
    await assertSucceeds(
      getDocs(toQuery(db('participantB'), myHiddenRepliesQuery('amaras-ask', dylan.uid))),
    );
    await assertFails(
      getDocs(toQuery(db('participantA'), myHiddenRepliesQuery('amaras-ask', dylan.uid))),
    );
  });

  it('a person gathers their own posts and replies for their download, and nobody else’s', async () => {
    await assertSucceeds(getDocs(toQuery(db('participantA'), myNetworkPostsQuery(amara.uid))));
    await assertFails(getDocs(toQuery(db('otherParticipantA'), myNetworkPostsQuery(amara.uid))));
    await assertSucceeds(getDocs(toQuery(db('participantB'), myNetworkRepliesQuery(dylan.uid))));
    await assertFails(getDocs(toQuery(db('participantA'), myNetworkRepliesQuery(dylan.uid))));
  });

  it('reports are listed for the programme team only', async () => {
    await assertSucceeds(getDocs(toQuery(db('admin'), networkReportsQuery())));
    await assertFails(getDocs(toQuery(db('participantA'), networkReportsQuery())));
  });

  it('nobody reads the network in one unbounded query, or more than a page at a time', async () => {
    const profiles = collection(db('participantA'), 'networkProfiles');
    await assertSucceeds(getDocs(query(profiles, orderBy('nameLower'), limit(21))));
    await assertFails(getDocs(query(profiles, orderBy('nameLower'))));
    await assertFails(getDocs(query(profiles, orderBy('nameLower'), limit(101))));
  });
});

describe('joining', () => {
  it('needs a membership in every cohort the profile names', async () => {
    const mine = doc(db('otherParticipantA'), 'networkProfiles', gareth.uid);
    await assertFails(
      setDoc(
        mine,
        joinFormProfile(garethActor, {
          cohortIds: [B],
          cohortLabels: { [B]: cohortLabel(cohortB.name) },
          tagCohorts: [tagInCohort('workforce', B)],
        }),
      ),
    );
    await assertFails(
      setDoc(
        mine,
        joinFormProfile(garethActor, {
          cohortIds: [A, B],
          cohortLabels: { [A]: cohortLabel(cohortA.name), [B]: cohortLabel(cohortB.name) },
        }),
      ),
    );
    await assertSucceeds(setDoc(mine, joinFormProfile(garethActor)));
  });

  it('names up to three cohorts, each one its owner belongs to', async () => {
    const threeCohorts = [A, B, 'cohort-c'];
    const labels = {
      [A]: cohortLabel(cohortA.name),
      [B]: cohortLabel(cohortB.name),
      'cohort-c': 'C',
    };
    const named = (ids: string[]) =>
      joinFormProfile(garethActor, {
        cohortIds: ids,
        cohortLabels: Object.fromEntries(ids.map((id) => [id, labels[id] ?? id])),
        tagCohorts: ids.map((id) => tagInCohort('workforce', id)),
      });
    const mine = doc(db('otherParticipantA'), 'networkProfiles', gareth.uid);
    await withRulesOff(async (admin) => {
      await setDoc(doc(admin, 'cohorts', B, 'members', gareth.uid), {
        uid: gareth.uid,
        role: 'participant',
        displayName: gareth.displayName,
      });
      await updateDoc(doc(admin, 'networkCohorts', 'all'), { 'labels.cohort-c': 'C' });
    });
    await assertFails(setDoc(mine, named(threeCohorts)));
    await withRulesOff((admin) =>
      setDoc(doc(admin, 'cohorts', 'cohort-c', 'members', gareth.uid), {
        uid: gareth.uid,
        role: 'participant',
        displayName: gareth.displayName,
      }),
    );
    await assertSucceeds(setDoc(mine, named(threeCohorts)));
    await assertFails(setDoc(mine, named([...threeCohorts, 'cohort-d'])));
  });

  it('refuses a profile that is not well formed, and one for someone else', async () => {
    const mine = doc(db('otherParticipantA'), 'networkProfiles', gareth.uid);
    for (const broken of [
      { nameLower: 'someone else' },
      { region: 'Atlantis' },
      { sector: 'Private equity' },
      { openTo: ['conversations', 'dating'] },
      { contactEmail: 'not an address' },
      { cohortIds: [], cohortLabels: {} },
      { cohortLabels: { 'another-cohort': 'Spring 2027' } },
      { tags: Array.from({ length: 9 }, (_, i) => `tag ${i}`) },
      { uid: amara.uid },
      { joinedAt: new Date('2020-01-01') },
      { addedByHand: true },
    ]) {
      await assertFails(setDoc(mine, joinFormProfile(garethActor, broken)));
    }
    await assertFails(
      setDoc(doc(db('otherParticipantA'), 'networkProfiles', 'someone-else'), {
        ...joinFormProfile(garethActor),
        uid: 'someone-else',
      }),
    );
    await assertSucceeds(setDoc(mine, joinFormProfile(garethActor)));
  });

  it('an alumnus of an archived cohort may join; nobody may edit another’s profile', async () => {
    await withRulesOff((admin) => updateDoc(doc(admin, 'cohorts', A), { archived: true }));
    await assertSucceeds(
      setDoc(
        doc(db('otherParticipantA'), 'networkProfiles', gareth.uid),
        joinFormProfile(garethActor),
      ),
    );
    await assertFails(
      updateDoc(doc(db('participantB'), 'networkProfiles', amara.uid), {
        jobTitle: 'Forged',
        updatedAt: serverTimestamp(),
      }),
    );
    await assertFails(
      updateDoc(doc(db('admin'), 'networkProfiles', amara.uid), {
        jobTitle: 'Forged',
        updatedAt: serverTimestamp(),
      }),
    );
  });

  it('someone outside the network may look for their own profile, and no other', async () => {
    const garethsDb = db('otherParticipantA');
    await assertSucceeds(getDoc(doc(garethsDb, 'networkProfiles', gareth.uid)));
    await assertFails(getDoc(doc(garethsDb, 'networkProfiles', amara.uid)));
    await assertFails(getDoc(doc(db('signedOut'), 'networkProfiles', amara.uid)));
  });

  it('leaving ends reading at once', async () => {
    const amaras = db('participantA');
    await assertSucceeds(getDocs(toQuery(amaras, noticeboardQuery())));
    await assertSucceeds(deleteDoc(doc(amaras, 'networkProfiles', amara.uid)));
    await assertFails(getDocs(toQuery(amaras, noticeboardQuery())));
    await assertFails(getDoc(doc(amaras, 'networkPosts', 'amaras-ask')));
  });
});

describe('posts and replies', () => {
  it('a hidden post is read by its author and the programme team, by nobody else', async () => {
    await assertSucceeds(getDoc(doc(db('participantA'), 'networkPosts', 'amaras-hidden')));
    await assertSucceeds(getDoc(doc(db('admin'), 'networkPosts', 'amaras-hidden')));
    await assertFails(getDoc(doc(db('participantB'), 'networkPosts', 'amaras-hidden')));
    await assertFails(getDoc(doc(db('facilitatorA'), 'networkPosts', 'amaras-hidden')));
    await assertSucceeds(getDoc(doc(db('participantB'), 'networkPosts', 'amaras-ask')));
  });

  it('a hidden reply is read by its author and the programme team, by nobody else', async () => {
    const hidden = 'networkPosts/amaras-ask/replies/dylans-hidden';
    await assertSucceeds(getDoc(doc(db('participantB'), hidden)));
    await assertSucceeds(getDoc(doc(db('admin'), hidden)));
    await assertFails(getDoc(doc(db('participantA'), hidden)));
  });

  it('the programme team hides and shows again only through the function that audits it', async () => {
    const post = doc(db('admin'), 'networkPosts', 'amaras-ask');
    await assertFails(updateDoc(post, { hidden: true, hiddenReason: 'Names a patient.' }));
    const hidden = doc(db('admin'), 'networkPosts', 'amaras-hidden');
    await assertFails(updateDoc(hidden, { hidden: false, hiddenReason: '' }));
    const reply = doc(db('admin'), 'networkPosts/amaras-ask/replies/dylans');
    await assertFails(updateDoc(reply, { hidden: true, hiddenReason: 'Off topic.' }));
  });

  it('nobody but the programme team hides anything, nor un-hides their own', async () => {
    await assertFails(
      updateDoc(doc(db('participantB'), 'networkPosts', 'amaras-ask'), {
        hidden: true,
        hiddenReason: 'I disagree',
      }),
    );
    await assertFails(
      updateDoc(doc(db('participantA'), 'networkPosts', 'amaras-hidden'), {
        hidden: false,
        hiddenReason: '',
      }),
    );
    await assertFails(
      updateDoc(doc(db('participantB'), 'networkPosts/amaras-ask/replies/dylans-hidden'), {
        body: 'Rewritten after hiding',
        updatedAt: serverTimestamp(),
      }),
    );
  });

  it('posts and replies are written only as oneself, never pre-hidden or backdated', async () => {
    const dylans = db('participantB');
    const newPost = (data: Record<string, unknown>) =>
      setDoc(doc(collection(dylans, 'networkPosts')), {
        ...postData(dylan.uid),
        createdAt: serverTimestamp(),
        updatedAt: serverTimestamp(),
        ...data,
      });
    await assertFails(newPost({ authorUid: amara.uid }));
    await assertFails(newPost({ createdAt: new Date('2020-01-01') }));
    await assertFails(newPost({ hiddenReason: 'pre-moderated' }));
    await assertFails(newPost({ kind: 'advert' }));
    await assertSucceeds(newPost({}));
    const newReply = (postId: string, data: Record<string, unknown> = {}) =>
      setDoc(doc(collection(dylans, 'networkPosts', postId, 'replies')), {
        ...replyData(dylan.uid),
        createdAt: serverTimestamp(),
        updatedAt: serverTimestamp(),
        ...data,
      });
    await assertFails(newReply('amaras-hidden'));
    await assertFails(newReply('amaras-ask', { authorUid: amara.uid }));
    await assertFails(newReply('amaras-ask', { body: '' }));
    await assertSucceeds(newReply('amaras-ask'));
  });

  it('removing a post takes its replies with it, in one batch by the post’s author', async () => {
    const amaras = db('participantA');
    const batch = writeBatch(amaras);
    batch.delete(doc(amaras, 'networkPosts/amaras-ask/replies/dylans'));
    batch.delete(doc(amaras, 'networkPosts/amaras-ask/replies/dylans-hidden'));
    batch.delete(doc(amaras, 'networkPosts/amaras-ask'));
    await assertSucceeds(batch.commit());
    await assertFails(deleteDoc(doc(db('participantB'), 'networkPosts/amaras-hidden')));
  });

  it('a report names a post that exists', async () => {
    const report = (postId: string) =>
      setDoc(doc(collection(db('participantB'), 'networkReports')), {
        reporterUid: dylan.uid,
        postId,
        replyId: '',
        reason: 'It names a patient.',
        createdAt: serverTimestamp(),
      });
    await assertFails(report('no-such-post'));
    await assertSucceeds(report('amaras-ask'));
  });
});

describe('nothing of a cohort through the network', () => {
  it('a network member of cohort B reads nothing of cohort A', async () => {
    const dylans = db('participantB');
    await assertSucceeds(getDoc(doc(dylans, 'networkProfiles', amara.uid)));
    await assertFails(getDoc(doc(dylans, 'cohorts', A)));
    await assertFails(getDoc(doc(dylans, 'cohorts', A, 'members', amara.uid)));
    await assertFails(getDocs(collection(dylans, 'cohorts', A, 'members')));
    await assertFails(
      getDocs(
        query(collection(dylans, 'cohorts', A, 'journal'), where('visibility', '==', 'cohort')),
      ),
    );
    await assertFails(getDocs(collection(dylans, 'cohorts', A, 'goals')));
    await assertFails(getDocs(collection(dylans, 'cohorts', A, 'announcements')));
    await assertFails(getDoc(doc(dylans, 'users', amara.uid)));
  });
});
