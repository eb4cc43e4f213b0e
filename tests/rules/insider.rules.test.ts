import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import {
  collection,
  doc,
  getDoc,
  getDocs,
  serverTimestamp,
  setDoc,
  updateDoc,
  type Firestore,
} from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commentsQuery } from '../../src/lib/firestore/refs';
import { networkRepliesQuery } from '../../src/lib/firestore/network-refs';
import { toQuery } from '../../src/lib/firestore/to-full-sdk';
import { cohortLabel, tagInCohort } from '../../src/lib/firestore/network-vocabulary';
import { cohortA } from '../../scripts/seed/demo-people';
import { joinFormProfile, postData, replyData } from './access-matrix/network-operations';
import {
  A,
  as,
  createRulesEnvironment,
  firestoreOf,
  newJournalEntry,
  people,
  seedTwoCohorts,
} from './rules-environment';

// What a curious insider tries with the SDK (issue 20): writing under another's name, reading the
// replies of a post the programme team hid, and reading a facilitator's reply once an entry is
// widened. Each refusal sits next to the honest twin it imitates, which must succeed.

let env: RulesTestEnvironment;
const director = 'Dr Helen Marsh (Programme director)';
const amara = people.participantA;
const gareth = people.otherParticipantA;
const helen = people.facilitatorA;
const dylan = people.participantB;

async function withRulesOff(work: (db: Firestore) => Promise<unknown>) {
  await env.withSecurityRulesDisabled((context) =>
    work(firestoreOf(context)).then(() => undefined),
  );
}

beforeAll(async () => {
  env = await createRulesEnvironment('insider');
});
beforeEach(async () => {
  await env.clearFirestore();
  await seedTwoCohorts(env);
});
afterAll(() => env.cleanup());

describe('an author name is the writer’s own membership name', () => {
  it('on a journal entry, when it is written and when it is saved again', async () => {
    const journal = collection(as(env, 'participantA'), 'cohorts', A, 'journal');
    await assertFails(setDoc(doc(journal, 'spoofed'), newJournalEntry({ authorName: director })));
    await assertSucceeds(setDoc(doc(journal, 'honest'), newJournalEntry()));
    const save = (authorName: string) =>
      updateDoc(doc(journal, 'honest'), {
        authorName,
        body: 'Later words',
        revision: 1,
        updatedAt: serverTimestamp(),
      });
    await assertFails(save(director));
    await assertSucceeds(save(amara.displayName));
  });

  it('on a reply to a shared entry', async () => {
    const comments = collection(
      as(env, 'otherParticipantA'),
      'cohorts',
      A,
      'journal',
      'amara-m1-shared',
      'comments',
    );
    const reply = (authorName: string) => ({
      authorUid: gareth.uid,
      authorName,
      body: 'Thank you for sharing',
      visibility: 'cohort',
      createdAt: serverTimestamp(),
      updatedAt: serverTimestamp(),
    });
    await assertFails(setDoc(doc(comments, 'spoofed'), reply(director)));
    await assertFails(setDoc(doc(comments, 'someone-else'), reply(amara.displayName)));
    await assertSucceeds(setDoc(doc(comments, 'honest'), reply(gareth.displayName)));
  });

  it('on an announcement, even one written by a facilitator', async () => {
    const announcements = collection(as(env, 'associateA'), 'cohorts', A, 'announcements');
    const announcement = (authorName: string) => ({
      title: 'Room change',
      body: 'We are in room 2.',
      authorUid: people.associateA.uid,
      authorName,
      createdAt: serverTimestamp(),
      updatedAt: serverTimestamp(),
    });
    await assertFails(setDoc(doc(announcements, 'spoofed'), announcement(helen.displayName)));
    await assertSucceeds(
      setDoc(doc(announcements, 'honest'), announcement(people.associateA.displayName)),
    );
  });

  it('on an announcement another facilitator rewrites, keeping its author’s name', async () => {
    await withRulesOff((db) =>
      setDoc(doc(db, 'cohorts', A, 'announcements', 'helens'), {
        title: 'Welcome',
        body: 'See you in March.',
        authorUid: helen.uid,
        authorName: helen.displayName,
        createdAt: serverTimestamp(),
        updatedAt: serverTimestamp(),
      }),
    );
    const rewrite = (actor: 'associateA' | 'facilitatorA', authorUid: string) =>
      updateDoc(doc(as(env, actor), 'cohorts', A, 'announcements', 'helens'), {
        title: 'Module 2 is cancelled',
        authorUid,
        updatedAt: serverTimestamp(),
      });
    await assertFails(rewrite('associateA', people.associateA.uid));
    await assertSucceeds(rewrite('facilitatorA', helen.uid));
  });

  it('on the network, where posts and replies carry no name a client could choose', async () => {
    const network = as(env, 'participantA');
    await assertFails(
      setDoc(
        doc(network, 'networkPosts', 'spoofed'),
        postData(amara.uid, {
          authorName: director,
          createdAt: serverTimestamp(),
          updatedAt: serverTimestamp(),
        }),
      ),
    );
    await assertSucceeds(
      setDoc(
        doc(network, 'networkPosts', 'honest'),
        postData(amara.uid, { createdAt: serverTimestamp(), updatedAt: serverTimestamp() }),
      ),
    );
    const replies = collection(network, 'networkPosts', 'honest', 'replies');
    const reply = (extra: Record<string, unknown>) =>
      replyData(amara.uid, {
        createdAt: serverTimestamp(),
        updatedAt: serverTimestamp(),
        ...extra,
      });
    await assertFails(setDoc(doc(replies, 'spoofed'), reply({ authorName: director })));
    await assertSucceeds(setDoc(doc(replies, 'honest'), reply({})));
  });
});

describe('a network profile', () => {
  const garethActor = { uid: gareth.uid, name: gareth.displayName };
  const join = (overrides: Record<string, unknown>) =>
    setDoc(
      doc(as(env, 'otherParticipantA'), 'networkProfiles', gareth.uid),
      joinFormProfile(garethActor, overrides),
    );

  it('carries the name on its owner’s account', async () => {
    await assertFails(join({ displayName: director, nameLower: director.toLowerCase() }));
    await assertSucceeds(join({}));
  });

  it('shows each cohort under the label the programme team gave it', async () => {
    await assertFails(join({ cohortLabels: { [A]: 'Programme team' } }));
    await assertSucceeds(join({ cohortLabels: { [A]: cohortLabel(cohortA.name) } }));
  });

  it('indexes exactly its own tags in its own cohorts', async () => {
    const tags = ['workforce', 'prevention'];
    const pairs = tags.map((tag) => tagInCohort(tag, A));
    for (const tagCohorts of [
      [pairs[0]],
      [...pairs, tagInCohort('workforce', 'cohort-b')],
      [...pairs, pairs[0]],
      [pairs[0], tagInCohort('prevention', 'cohort-b')],
      [`${pairs[0]},${pairs[1]}`, ''],
    ]) {
      await assertFails(join({ tags, tagCohorts }));
    }
    await assertFails(join({ tags: ['work|force'], tagCohorts: [tagInCohort('work|force', A)] }));
    // A line break once hid a bar and a comma from the check, naming a cohort Gareth is not in.
    await assertFails(
      join({
        tags: ['evil|cohort-b,\na', 'b'],
        tagCohorts: ['evil|cohort-b', `\na|${A},b|${A}`],
      }),
    );
    await assertSucceeds(join({ tags, tagCohorts: pairs }));
  });

  it('indexes eight tags in three cohorts, the most it may hold', async () => {
    const ids = [A, 'cohort-b', 'cohort-c'];
    await withRulesOff(async (db) => {
      for (const id of ids.slice(1)) {
        await setDoc(doc(db, 'cohorts', id, 'members', gareth.uid), {
          uid: gareth.uid,
          role: 'participant',
          displayName: gareth.displayName,
        });
        await updateDoc(doc(db, 'networkCohorts', 'all'), { [`labels.${id}`]: id });
      }
    });
    const tags = Array.from({ length: 8 }, (_, i) => `tag ${i + 1}`);
    const pairs = ids.flatMap((id) => tags.map((tag) => tagInCohort(tag, id)));
    const profile = {
      tags,
      cohortIds: ids,
      cohortLabels: {
        [A]: cohortLabel(cohortA.name),
        'cohort-b': 'cohort-b',
        'cohort-c': 'cohort-c',
      },
    };
    await assertFails(join({ ...profile, tagCohorts: pairs.slice(1) }));
    await assertFails(join({ ...profile, tagCohorts: [...pairs.slice(1), 'tag 9|cohort-c'] }));
    await assertSucceeds(join({ ...profile, tagCohorts: pairs }));
  });
});

describe('a post the programme team hid', () => {
  beforeEach(() =>
    withRulesOff(async (db) => {
      await setDoc(doc(db, 'networkPosts/amaras-ask'), postData(amara.uid));
      await setDoc(doc(db, 'networkPosts/amaras-ask/replies/dylans'), replyData(dylan.uid));
      await setDoc(doc(db, 'networkPosts/amaras-ask/replies/helens'), replyData(helen.uid));
    }),
  );
  const hide = () =>
    withRulesOff((db) =>
      updateDoc(doc(db, 'networkPosts/amaras-ask'), {
        hidden: true,
        hiddenReason: 'Names a patient.',
      }),
    );

  it('takes its replies out of sight of every network member but the programme team', async () => {
    const replies = (who: 'participantB' | 'facilitatorA' | 'admin') =>
      getDocs(toQuery(as(env, who), networkRepliesQuery('amaras-ask', who === 'admin')));
    await assertSucceeds(replies('participantB'));
    await hide();
    await assertFails(replies('participantB'));
    await assertFails(replies('facilitatorA'));
    await assertFails(
      getDoc(doc(as(env, 'participantB'), 'networkPosts/amaras-ask/replies/helens')),
    );
    const all = await assertSucceeds(replies('admin'));
    expect(all.size).toBe(2);
  });

  it('still lets each reply’s author read their own', async () => {
    await hide();
    await assertSucceeds(
      getDoc(doc(as(env, 'participantB'), 'networkPosts/amaras-ask/replies/dylans')),
    );
  });
});

describe('a reply keeps the audience it was written for', () => {
  const entryPath = `cohorts/${A}/journal/sunita-m2-facilitators`;
  const reply = (visibility: string) => ({
    authorUid: helen.uid,
    authorName: helen.displayName,
    body: 'Let us talk before module 3.',
    visibility,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  });

  it('is written with the entry’s audience, and no other', async () => {
    const helens = doc(as(env, 'facilitatorA'), `${entryPath}/comments/helens`);
    await assertFails(setDoc(helens, reply('cohort')));
    await assertSucceeds(setDoc(helens, reply('facilitators')));
  });

  it('stays with facilitators and the author when the author shares the entry with the cohort', async () => {
    await assertSucceeds(
      setDoc(doc(as(env, 'facilitatorA'), `${entryPath}/comments/helens`), reply('facilitators')),
    );
    await assertSucceeds(
      updateDoc(doc(as(env, 'thirdParticipantA'), entryPath), {
        visibility: 'cohort',
        revision: 1,
        updatedAt: serverTimestamp(),
      }),
    );
    const asGareth = as(env, 'otherParticipantA');
    await assertFails(getDoc(doc(asGareth, `${entryPath}/comments/helens`)));
    await assertFails(getDocs(toQuery(asGareth, commentsQuery(A, 'sunita-m2-facilitators'))));
    const shown = await assertSucceeds(
      getDocs(toQuery(asGareth, commentsQuery(A, 'sunita-m2-facilitators', true))),
    );
    expect(shown.size).toBe(0);
    for (const who of ['thirdParticipantA', 'facilitatorA', 'associateA'] as const) {
      const all = await assertSucceeds(
        getDocs(toQuery(as(env, who), commentsQuery(A, 'sunita-m2-facilitators'))),
      );
      expect(all.docs.map((d) => d.id)).toEqual(['helens']);
    }
  });
});
