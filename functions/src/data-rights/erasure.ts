import { FieldValue, type DocumentReference, type Firestore } from 'firebase-admin/firestore';
import { bodyRef } from '../mail/ledger';

/**
 * `unseen` holds the paths no member of staff may read, not even as a number: module feedback
 * answers, private journal entries with any replies left on them before they were made private,
 * and the person's own "what's new" list (which notes the feedback they gave). A preview or a
 * record counts everything else and only names these, the same for everyone.
 */
export type ErasurePlan = {
  cohortId: string;
  uid: string;
  documents: DocumentReference[];
  unseen: Set<string>;
};

/** What every erasure removes besides what it counts, said the same way whatever there is. */
export const uncountedKinds = [
  'Their private journal entries, if any',
  'Their module feedback answers, if any (what is already in a published summary stays there, without their name)',
  'Their own what’s new list',
  'Their director call’s entry in the cohort’s calendar feed, if any',
];

/**
 * Every document in one cohort that is a participant's, or is about them: membership, invitations
 * to their address, director call and the facilitators' notes on it, attendance, goals, reading
 * records, their completion and any record of their move to or from another cohort (decision
 * 0032), their module feedback (what a published summary already holds of it stays there, without
 * their name, so that no publication singles it out: decision 0023), journal
 * entries with every reply to them, the replies they left on other entries, and
 * the server's record of the emails this cohort sent them (which hold their address) with the
 * replies waiting for their next digest, and the record of their removal if they were removed.
 * Their part of the national network goes too (the profile, their posts with every reply to them,
 * their replies to others and their reports) unless `keepNetwork`: the network is not the cohort's,
 * and a removal's grace period ending erases only what the cohort holds. Their calendar feed's
 * token goes with the network part; the cohort's calendar ledger's copy of their call goes always.
 */
export async function planErasure(
  db: Firestore,
  cohortId: string,
  uid: string,
  email?: string,
  { keepNetwork = false } = {},
): Promise<ErasurePlan> {
  const cohort = db.doc(`cohorts/${cohortId}`);
  const byField = async (collection: string, field: string, value: string) =>
    (await cohort.collection(collection).where(field, '==', value).get()).docs.map((d) => d.ref);
  const existing = async (...refs: DocumentReference[]) =>
    (await Promise.all(refs.map(async (ref) => ((await ref.get()).exists ? ref : null)))).filter(
      (ref): ref is DocumentReference => ref !== null,
    );

  const entrySnapshots = (await cohort.collection('journal').where('authorUid', '==', uid).get())
    .docs;
  const entries = entrySnapshots.map((d) => d.ref);
  const repliesToEntries = (
    await Promise.all(entries.map((entry) => entry.collection('comments').listDocuments()))
  ).flat();
  const privateEntries = new Set(
    entrySnapshots.filter((d) => d.get('visibility') === 'private').map((d) => d.ref.path),
  );
  const feedback = await byField('moduleFeedback', 'uid', uid);
  const ownNews = cohort.collection('whatsNew').doc(uid);
  const repliesElsewhere = (
    await db.collectionGroup('comments').where('authorUid', '==', uid).get()
  ).docs
    .map((d) => d.ref)
    .filter((ref) => ref.path.startsWith(`${cohort.path}/`));

  const emailsSent = email
    ? (await db.collection('mailLedger').where('message.to', '==', email).get()).docs
        .filter((d) => d.id.includes(`__${cohortId}__`))
        .flatMap((d) => [d.ref, bodyRef(db, d.id), db.collection('mailProblems').doc(d.id)])
    : [];

  const network = keepNetwork ? [] : await networkOf(db, uid);
  // Their calendar feed's token is theirs across cohorts, so it goes with the network; the
  // cohort's ledger copy of their director call goes with the cohort's data.
  const feed = keepNetwork ? [] : [db.collection('calendarFeeds').doc(uid)];
  const callInFeed = `calendarLedger/${cohortId}/events/call-${uid}`;

  const documents = [
    ...(await existing(
      cohort.collection('members').doc(uid),
      cohort.collection('directorCalls').doc(uid),
      cohort.collection('directorCallNotes').doc(uid),
      ownNews,
      cohort.collection('attendance').doc(uid),
      cohort.collection('completions').doc(uid),
    )),
    ...(email ? await byField('invitations', 'email', email.toLowerCase()) : []),
    ...(await byField('goals', 'ownerUid', uid)),
    ...(await byField('readings', 'uid', uid)),
    ...(await byField('deferrals', 'uid', uid)),
    ...feedback,
    ...repliesToEntries,
    ...entries,
    ...repliesElsewhere,
    ...(await existing(
      ...emailsSent,
      db.collection('replyDigests').doc(uid),
      db.collection('departures').doc(`${cohortId}__${uid}`),
      db.doc(callInFeed),
      ...feed,
    )),
    ...network,
  ];
  const unique = new Map(documents.map((ref) => [ref.path, ref]));
  const unseen = new Set([
    ...feedback.map((ref) => ref.path),
    ...privateEntries,
    ...repliesToEntries
      .filter((ref) => ref.parent.parent && privateEntries.has(ref.parent.parent.path))
      .map((ref) => ref.path),
    ownNews.path,
    // Written by a trigger a moment after the call is, so a count of it would differ between
    // two previews made a second apart.
    callInFeed,
  ]);
  return { cohortId, uid, documents: [...unique.values()], unseen };
}

async function networkOf(db: Firestore, uid: string): Promise<DocumentReference[]> {
  const posts = (await db.collection('networkPosts').where('authorUid', '==', uid).get()).docs.map(
    (d) => d.ref,
  );
  const repliesToPosts = (
    await Promise.all(posts.map((post) => post.collection('replies').listDocuments()))
  ).flat();
  const networkReplies = (
    await db.collectionGroup('replies').where('authorUid', '==', uid).get()
  ).docs.map((d) => d.ref);
  const networkReports = (
    await db.collection('networkReports').where('reporterUid', '==', uid).get()
  ).docs.map((d) => d.ref);
  const profile = db.collection('networkProfiles').doc(uid);
  return [
    ...((await profile.get()).exists ? [profile] : []),
    ...repliesToPosts,
    ...posts,
    ...networkReplies,
    ...networkReports,
  ];
}

/** Deletes what the plan lists; a participant's seat is freed with their membership. */
export async function eraseParticipant(db: Firestore, plan: ErasurePlan): Promise<number> {
  const membership = await db.doc(`cohorts/${plan.cohortId}/members/${plan.uid}`).get();
  const freesSeat = membership.get('role') === 'participant';
  const chunks: DocumentReference[][] = [];
  for (let i = 0; i < plan.documents.length; i += 400)
    chunks.push(plan.documents.slice(i, i + 400));
  const membershipPath = `cohorts/${plan.cohortId}/members/${plan.uid}`;
  for (const [index, chunk] of chunks.entries()) {
    const batch = db.batch();
    // The membership is deleted only if it is still there, so a removal at the same moment cannot
    // free the seat a second time: that batch fails and the erasure is simply run again.
    for (const ref of chunk)
      batch.delete(ref, ref.path === membershipPath && freesSeat ? { exists: true } : undefined);
    if (index === 0 && freesSeat) {
      batch.update(db.doc(`cohorts/${plan.cohortId}`), {
        seatsTaken: FieldValue.increment(-1),
        lastSeatChange: FieldValue.delete(),
      });
    }
    await batch.commit();
  }
  return plan.documents.length;
}

/** What kind of document each erased path is, for a dry run people can read. */
function kindOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] !== 'cohorts') {
    return (
      {
        mailLedger: parts.length > 2 ? 'Words of recent emails to them' : 'Emails sent to them',
        mailProblems: 'Emails that could not be sent to them',
        replyDigests: 'Replies waiting for their digest',
        departures: 'Record of their removal',
        networkProfiles: 'Network profile',
        networkPosts: parts.length > 2 ? 'Network replies' : 'Network posts',
        networkReports: 'Network reports they made',
        calendarFeeds: 'Their calendar feed address',
      }[parts[0] ?? ''] ??
      parts[0] ??
      path
    );
  }
  if (parts.length > 5) return 'Replies';
  return (
    {
      members: 'Membership',
      invitations: 'Invitations',
      directorCalls: 'Director call',
      directorCallNotes: 'Facilitators’ call notes',
      goals: 'Goals',
      readings: 'Reading records',
      journal: 'Journal entries shared with facilitators or the cohort',
      attendance: 'Attendance',
      completions: 'Completion of the programme',
      deferrals: 'Move to or from another cohort',
    }[parts[2] ?? ''] ??
    parts[2] ??
    path
  );
}

/** How many documents of each kind staff could already see; nothing of `unseen`. */
export function countByKind(plan: ErasurePlan): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const ref of plan.documents) {
    if (plan.unseen.has(ref.path)) continue;
    counts[kindOf(ref.path)] = (counts[kindOf(ref.path)] ?? 0) + 1;
  }
  return counts;
}
