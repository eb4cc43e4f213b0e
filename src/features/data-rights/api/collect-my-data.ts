import type { User } from 'firebase/auth';
import { doc, getDoc, getDocs, type QueryDocumentSnapshot } from 'firebase/firestore';
import type { WithId } from '@/lib/firestore/converters';
import { db, docRef, queryRef } from '@/lib/firebase/firestore';
import { readDoc } from '@/lib/firestore/read';
import {
  attendanceDoc,
  cohortDoc,
  commentsQuery,
  directorCallDoc,
  materialsQuery,
  myCommentsQuery,
  myGoalsQuery,
  myJournalQuery,
  myMembershipsQuery,
  myReadingsQuery,
  notificationSettingsDoc,
} from '@/lib/firestore/refs';
import { myModuleFeedbackQuery } from '@/lib/firestore/feedback-refs';
import { myDeparturesQuery } from '@/lib/firestore/notices-refs';
import {
  myNetworkPostsQuery,
  myNetworkRepliesQuery,
  networkProfileDoc,
} from '@/lib/firestore/network-refs';
import { checkInKeys, defaultNotificationSettings, type Comment } from '@/lib/firestore/schemas';
import {
  isoTime,
  notIncluded,
  progressLabel,
  type CohortData,
  type MyData,
  type NetworkData,
} from './my-data';

const data = <T>(snapshot: { docs: { data: () => T }[] }) => snapshot.docs.map((d) => d.data());

/** Reads, with the person's own access, everything of theirs in every cohort they belong to. */
export async function collectMyData(user: User): Promise<MyData> {
  const [profile, emailChoices, memberships, myComments, network, departures] = await Promise.all([
    getDoc(doc(db, 'users', user.uid)),
    getDoc(docRef(notificationSettingsDoc(user.uid))),
    getDocs(queryRef(myMembershipsQuery(user.uid))),
    getDocs(queryRef(myCommentsQuery(user.uid))),
    collectNetwork(user.uid),
    getDocs(queryRef(myDeparturesQuery(user.uid))),
  ]);
  const {
    updatedAt: _updatedAt,
    id: _id,
    ...choices
  } = emailChoices.data() ?? { ...defaultNotificationSettings, id: user.uid };
  const cohorts = await Promise.all(
    memberships.docs.map((membership) => {
      const cohortId = membership.ref.parent.parent?.id ?? '';
      const mine = myComments.docs.filter((c) => c.ref.path.startsWith(`cohorts/${cohortId}/`));
      return collectCohort(cohortId, user.uid, membership.data(), mine);
    }),
  );
  // A cohort they were removed from still holds their entries until the access end (decision 0027).
  const now = Date.now();
  const departed = await Promise.all(
    data(departures)
      .filter((departure) => departure.accessEndsAt.getTime() > now)
      .filter((departure) => !cohorts.some((cohort) => cohort.cohortId === departure.cohortId))
      .map((departure) => collectDeparted(departure.cohortId, departure.cohortName, user.uid)),
  );
  return {
    exportedAt: new Date().toISOString(),
    person: {
      uid: user.uid,
      email: user.email,
      displayName: user.displayName,
      profile: (profile.data() ?? {}) as Record<string, string>,
      emailChoices: choices,
    },
    cohorts: [...cohorts, ...departed],
    network,
    notIncluded,
  };
}

/** What a removed participant may still read of a cohort: their own entries, nothing else. */
async function collectDeparted(cohortId: string, cohortName: string, uid: string) {
  const entries = data(await getDocs(queryRef(myJournalQuery(cohortId, uid))));
  const cohort: CohortData = {
    cohortId,
    cohortName,
    role: 'removed',
    membership: { displayName: entries[0]?.authorName ?? '' },
    directorCall: null,
    goals: [],
    readings: [],
    attendance: {},
    moduleFeedback: [],
    journal: entries.map((e) => ({
      id: e.id,
      moduleId: e.moduleId,
      title: e.title,
      body: e.body,
      visibility: e.visibility,
      createdAt: isoTime(e.createdAt) ?? '',
      updatedAt: isoTime(e.updatedAt) ?? '',
      replies: [],
    })),
    myReplies: [],
  };
  return cohort;
}

async function collectNetwork(uid: string): Promise<NetworkData | null> {
  const profile = await readDoc(networkProfileDoc(uid));
  if (!profile) return null;
  const [posts, replies] = await Promise.all([
    getDocs(queryRef(myNetworkPostsQuery(uid))),
    getDocs(queryRef(myNetworkRepliesQuery(uid))),
  ]);
  const {
    joinedAt,
    updatedAt,
    tagCohorts: _index,
    nameLower: _sortKey,
    id: _id,
    ...shown
  } = profile;
  return {
    profile: { ...shown, joinedAt: isoTime(joinedAt), updatedAt: isoTime(updatedAt) },
    posts: data(posts).map((post) => ({
      kind: post.kind,
      title: post.title,
      body: post.body,
      tags: post.tags,
      hiddenReason: post.hiddenReason,
      createdAt: isoTime(post.createdAt) ?? '',
    })),
    replies: replies.docs.map((reply) => ({
      postId: reply.ref.parent.parent?.id ?? '',
      body: reply.data().body,
      hiddenReason: reply.data().hiddenReason,
      createdAt: isoTime(reply.data().createdAt) ?? '',
    })),
  };
}

async function collectCohort(
  cohortId: string,
  uid: string,
  membership: { role: string; displayName: string; organisation?: string; jobTitle?: string },
  myComments: QueryDocumentSnapshot<WithId<Comment>>[],
): Promise<CohortData> {
  const participant = membership.role === 'participant';
  const [cohort, call, goals, readings, materials, entries, attendance, feedback] =
    await Promise.all([
      getDoc(docRef(cohortDoc(cohortId))),
      participant ? getDoc(docRef(directorCallDoc(cohortId, uid))) : null,
      participant ? getDocs(queryRef(myGoalsQuery(cohortId, uid))) : null,
      participant ? getDocs(queryRef(myReadingsQuery(cohortId, uid))) : null,
      getDocs(queryRef(materialsQuery(cohortId))),
      participant ? getDocs(queryRef(myJournalQuery(cohortId, uid))) : null,
      participant ? getDoc(docRef(attendanceDoc(cohortId, uid))) : null,
      participant ? getDocs(queryRef(myModuleFeedbackQuery(cohortId, uid))) : null,
    ]);
  const titles = new Map(materials.docs.map((m) => [m.id, m.data().title]));
  const directorCall = call?.data();
  const journal = await Promise.all(
    (entries?.docs ?? []).map(async (entry) => {
      const e = entry.data();
      // Private entries cannot have replies, and the rules refuse to list them.
      const replies =
        e.visibility === 'private'
          ? []
          : data(await getDocs(queryRef(commentsQuery(cohortId, entry.id))));
      return {
        id: entry.id,
        moduleId: e.moduleId,
        title: e.title,
        body: e.body,
        visibility: e.visibility,
        createdAt: isoTime(e.createdAt) ?? '',
        updatedAt: isoTime(e.updatedAt) ?? '',
        replies: replies.map((r) => ({
          authorName: r.authorName,
          body: r.body,
          createdAt: isoTime(r.createdAt) ?? '',
        })),
      };
    }),
  );
  return {
    cohortId,
    cohortName: cohort.data()?.name ?? cohortId,
    role: membership.role,
    membership: {
      displayName: membership.displayName,
      organisation: membership.organisation,
      jobTitle: membership.jobTitle,
    },
    directorCall: directorCall
      ? {
          scheduledAt: isoTime(directorCall.scheduledAt),
          completed: directorCall.completed,
          summary: directorCall.summary,
        }
      : null,
    goals: data(goals ?? { docs: [] }).map((goal) => ({
      text: goal.text,
      source: goal.source,
      createdAt: isoTime(goal.createdAt) ?? '',
      checkIns: checkInKeys.flatMap((key) => {
        const checkIn = goal.checkIns[key];
        return checkIn
          ? [
              {
                afterModule: Number(key),
                progress: progressLabel(checkIn.progress),
                note: checkIn.note,
              },
            ]
          : [];
      }),
    })),
    readings: data(readings ?? { docs: [] }).map((reading) => ({
      material: titles.get(reading.materialId) ?? reading.materialId,
      moduleId: reading.moduleId,
      read: reading.read,
      takeaway: reading.takeaway,
    })),
    attendance: attendance?.data()?.days ?? {},
    moduleFeedback: data(feedback ?? { docs: [] }).map((answer) => ({
      moduleId: answer.moduleId,
      overall: answer.overall,
      sessions: answer.sessions,
      helped: answer.helped,
      change: answer.change,
      updatedAt: isoTime(answer.updatedAt) ?? '',
    })),
    journal,
    myReplies: myComments.map((comment) => {
      const reply = comment.data();
      return {
        entryId: comment.ref.parent.parent?.id ?? '',
        body: reply.body,
        createdAt: isoTime(reply.createdAt) ?? '',
      };
    }),
  };
}
