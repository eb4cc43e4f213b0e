import {
  collection,
  collectionGroup,
  doc,
  limit,
  orderBy,
  query,
  where,
  type Firestore,
} from 'firebase/firestore';
import { zodConverter } from './converters';
import {
  announcementSchema,
  attendanceSchema,
  cohortSchema,
  commentSchema,
  directorCallSchema,
  goalSchema,
  invitationSchema,
  mailProblemSchema,
  journalEntrySchema,
  materialSchema,
  memberSchema,
  moduleSchema,
  notificationSettingsSchema,
  whatsNewSchema,
  readingSchema,
} from './schemas';

// Refs and queries take the Firestore instance, so rules tests run the app's exact queries.
const converters = {
  cohort: zodConverter(cohortSchema),
  member: zodConverter(memberSchema),
  module: zodConverter(moduleSchema),
  material: zodConverter(materialSchema),
  reading: zodConverter(readingSchema),
  goal: zodConverter(goalSchema),
  journal: zodConverter(journalEntrySchema),
  comment: zodConverter(commentSchema),
  announcement: zodConverter(announcementSchema),
  attendance: zodConverter(attendanceSchema),
  directorCall: zodConverter(directorCallSchema),
  invitation: zodConverter(invitationSchema),
  notificationSettings: zodConverter(notificationSettingsSchema),
  mailProblem: zodConverter(mailProblemSchema),
  whatsNew: zodConverter(whatsNewSchema),
};

export const cohortsCollection = (db: Firestore) =>
  collection(db, 'cohorts').withConverter(converters.cohort);
export const cohortDoc = (db: Firestore, cohortId: string) =>
  doc(db, 'cohorts', cohortId).withConverter(converters.cohort);
export const membersCollection = (db: Firestore, cohortId: string) =>
  collection(db, 'cohorts', cohortId, 'members').withConverter(converters.member);
export const memberDoc = (db: Firestore, cohortId: string, uid: string) =>
  doc(db, 'cohorts', cohortId, 'members', uid).withConverter(converters.member);
export const modulesCollection = (db: Firestore, cohortId: string) =>
  collection(db, 'cohorts', cohortId, 'modules').withConverter(converters.module);

/** Everyone's memberships are one collection group; the rules allow it only filtered to oneself. */
export const myMembershipsQuery = (db: Firestore, uid: string) =>
  query(collectionGroup(db, 'members').withConverter(converters.member), where('uid', '==', uid));

export const modulesInOrderQuery = (db: Firestore, cohortId: string) =>
  query(modulesCollection(db, cohortId), orderBy('number'));

export const materialsCollection = (db: Firestore, cohortId: string) =>
  collection(db, 'cohorts', cohortId, 'materials').withConverter(converters.material);
export const materialsQuery = (db: Firestore, cohortId: string) =>
  query(materialsCollection(db, cohortId), orderBy('order'));

/** One module's pre-reading, for the dashboard's summary: it reads only what that card shows. */
export const moduleMaterialsQuery = (db: Firestore, cohortId: string, moduleId: string) =>
  query(materialsCollection(db, cohortId), where('moduleId', '==', moduleId));

export const readingId = (uid: string, materialId: string) => `${uid}__${materialId}`;
export const readingsCollection = (db: Firestore, cohortId: string) =>
  collection(db, 'cohorts', cohortId, 'readings').withConverter(converters.reading);
export const readingDoc = (db: Firestore, cohortId: string, uid: string, materialId: string) =>
  doc(db, 'cohorts', cohortId, 'readings', readingId(uid, materialId)).withConverter(
    converters.reading,
  );
export const myReadingsQuery = (db: Firestore, cohortId: string, uid: string) =>
  query(readingsCollection(db, cohortId), where('uid', '==', uid));

export const myModuleReadingsQuery = (
  db: Firestore,
  cohortId: string,
  uid: string,
  moduleId: string,
) =>
  query(
    readingsCollection(db, cohortId),
    where('uid', '==', uid),
    where('moduleId', '==', moduleId),
  );

export const goalsCollection = (db: Firestore, cohortId: string) =>
  collection(db, 'cohorts', cohortId, 'goals').withConverter(converters.goal);
export const goalDoc = (db: Firestore, cohortId: string, goalId: string) =>
  doc(db, 'cohorts', cohortId, 'goals', goalId).withConverter(converters.goal);
export const myGoalsQuery = (db: Firestore, cohortId: string, uid: string) =>
  query(goalsCollection(db, cohortId), where('ownerUid', '==', uid));

export const journalCollection = (db: Firestore, cohortId: string) =>
  collection(db, 'cohorts', cohortId, 'journal').withConverter(converters.journal);
export const journalDoc = (db: Firestore, cohortId: string, entryId: string) =>
  doc(db, 'cohorts', cohortId, 'journal', entryId).withConverter(converters.journal);
export const myJournalQuery = (db: Firestore, cohortId: string, uid: string) =>
  query(journalCollection(db, cohortId), where('authorUid', '==', uid));
/** Whether a participant has written about a module: one document at most. */
export const myEntryForModuleQuery = (
  db: Firestore,
  cohortId: string,
  uid: string,
  moduleId: string,
) =>
  query(
    journalCollection(db, cohortId),
    where('authorUid', '==', uid),
    where('moduleId', '==', moduleId),
    limit(1),
  );
/** Reflections shared with the whole cohort, or with its facilitators only, newest first. */
export const sharedJournalQuery = (
  db: Firestore,
  cohortId: string,
  audience: 'cohort' | 'facilitators' = 'cohort',
  max = 50,
) =>
  query(
    journalCollection(db, cohortId),
    where('visibility', '==', audience),
    orderBy('updatedAt', 'desc'),
    limit(max),
  );

export const commentsCollection = (db: Firestore, cohortId: string, entryId: string) =>
  collection(db, 'cohorts', cohortId, 'journal', entryId, 'comments').withConverter(
    converters.comment,
  );
export const commentsQuery = (db: Firestore, cohortId: string, entryId: string) =>
  query(commentsCollection(db, cohortId, entryId), orderBy('createdAt'));

/** A person's own replies, in every cohort; the rules allow exactly this filter. */
export const myCommentsQuery = (db: Firestore, uid: string) =>
  query(
    collectionGroup(db, 'comments').withConverter(converters.comment),
    where('authorUid', '==', uid),
  );

export const announcementsQuery = (db: Firestore, cohortId: string, max = 20) =>
  query(
    collection(db, 'cohorts', cohortId, 'announcements').withConverter(converters.announcement),
    orderBy('createdAt', 'desc'),
    limit(max),
  );

/** Everyone's attendance, for facilitators; a participant reads only their own document. */
export const attendanceCollection = (db: Firestore, cohortId: string) =>
  collection(db, 'cohorts', cohortId, 'attendance').withConverter(converters.attendance);
export const attendanceDoc = (db: Firestore, cohortId: string, uid: string) =>
  doc(db, 'cohorts', cohortId, 'attendance', uid).withConverter(converters.attendance);

export const directorCallDoc = (db: Firestore, cohortId: string, uid: string) =>
  doc(db, 'cohorts', cohortId, 'directorCalls', uid).withConverter(converters.directorCall);

export const invitationsCollection = (db: Firestore, cohortId: string) =>
  collection(db, 'cohorts', cohortId, 'invitations').withConverter(converters.invitation);

/** Invitations to one verified address, across cohorts; the rules allow exactly this filter. */
export const pendingInvitationsQuery = (db: Firestore, email: string) =>
  query(
    collectionGroup(db, 'invitations').withConverter(converters.invitation),
    where('email', '==', email.toLowerCase()),
  );

export const directorCallsCollection = (db: Firestore, cohortId: string) =>
  collection(db, 'cohorts', cohortId, 'directorCalls').withConverter(converters.directorCall);
export const directorCallNotesDoc = (db: Firestore, cohortId: string, uid: string) =>
  doc(db, 'cohorts', cohortId, 'directorCallNotes', uid);

/** Entries a facilitator may read: never private ones, so the query carries what the rules need. */
export const facilitatorVisibleJournalQuery = (db: Firestore, cohortId: string) =>
  query(journalCollection(db, cohortId), where('visibility', 'in', ['facilitators', 'cohort']));

/** Which emails one person gets; only they read or change it. */
export const notificationSettingsDoc = (db: Firestore, uid: string) =>
  doc(db, 'notificationSettings', uid).withConverter(converters.notificationSettings);

/** Emails that failed, newest first; only the programme team may read them. */
export const mailProblemsQuery = (db: Firestore) =>
  query(
    collection(db, 'mailProblems').withConverter(converters.mailProblem),
    orderBy('lastAttemptAt', 'desc'),
    limit(50),
  );

/** One person's "what's new" in a cohort: one document, kept by the server. */
export const whatsNewDoc = (db: Firestore, cohortId: string, uid: string) =>
  doc(db, 'cohorts', cohortId, 'whatsNew', uid).withConverter(converters.whatsNew);
