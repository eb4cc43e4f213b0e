import { collectionAt, docAt, groupOf, limit, orderBy, queryOf, rawDocAt, where } from './ref-spec';
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
  clientErrorCountSchema,
  journalEntrySchema,
  materialSchema,
  memberSchema,
  moduleSchema,
  notificationSettingsSchema,
  whatsNewSchema,
  readingSchema,
  programmeSchema,
} from './schemas';

// One description of every reference: the app reads it with Firestore Lite or the full SDK, and the
// rules tests run the app's exact queries through the full SDK (lib/firestore/to-full-sdk.ts).
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
  clientErrorCount: zodConverter(clientErrorCountSchema),
  whatsNew: zodConverter(whatsNewSchema),
  programme: zodConverter(programmeSchema),
};

export const cohortsCollection = () => collectionAt(converters.cohort, 'cohorts');
export const cohortDoc = (cohortId: string) => docAt(converters.cohort, 'cohorts', cohortId);
/** The programme team's: every cohort of one programme, which shows what the record says. */
export const programmeCohortsQuery = (programmeId: string) =>
  queryOf(cohortsCollection(), where('programmeId', '==', programmeId));
export const programmesCollection = () => collectionAt(converters.programme, 'programmes');
export const programmeDoc = (programmeId: string) =>
  docAt(converters.programme, 'programmes', programmeId);
export const membersCollection = (cohortId: string) =>
  collectionAt(converters.member, 'cohorts', cohortId, 'members');
export const memberDoc = (cohortId: string, uid: string) =>
  docAt(converters.member, 'cohorts', cohortId, 'members', uid);
export const modulesCollection = (cohortId: string) =>
  collectionAt(converters.module, 'cohorts', cohortId, 'modules');

/** Everyone's memberships are one collection group; the rules allow it only filtered to oneself. */
export const myMembershipsQuery = (uid: string) =>
  queryOf(groupOf(converters.member, 'members'), where('uid', '==', uid));

export const modulesInOrderQuery = (cohortId: string) =>
  queryOf(modulesCollection(cohortId), orderBy('number'));

export const materialsCollection = (cohortId: string) =>
  collectionAt(converters.material, 'cohorts', cohortId, 'materials');
export const materialsQuery = (cohortId: string) =>
  queryOf(materialsCollection(cohortId), orderBy('order'));

/** One module's pre-reading, for the dashboard's summary: it reads only what that card shows. */
export const moduleMaterialsQuery = (cohortId: string, moduleId: string) =>
  queryOf(materialsCollection(cohortId), where('moduleId', '==', moduleId));

export const readingId = (uid: string, materialId: string) => `${uid}__${materialId}`;
export const readingsCollection = (cohortId: string) =>
  collectionAt(converters.reading, 'cohorts', cohortId, 'readings');
export const readingDoc = (cohortId: string, uid: string, materialId: string) =>
  docAt(converters.reading, 'cohorts', cohortId, 'readings', readingId(uid, materialId));
export const myReadingsQuery = (cohortId: string, uid: string) =>
  queryOf(readingsCollection(cohortId), where('uid', '==', uid));

/** Everyone's records for one module, for facilitators: the rules let only them read others'. */
export const moduleReadingsQuery = (cohortId: string, moduleId: string) =>
  queryOf(readingsCollection(cohortId), where('moduleId', '==', moduleId));

export const myModuleReadingsQuery = (cohortId: string, uid: string, moduleId: string) =>
  queryOf(readingsCollection(cohortId), where('uid', '==', uid), where('moduleId', '==', moduleId));

export const goalsCollection = (cohortId: string) =>
  collectionAt(converters.goal, 'cohorts', cohortId, 'goals');
export const goalDoc = (cohortId: string, goalId: string) =>
  docAt(converters.goal, 'cohorts', cohortId, 'goals', goalId);
export const myGoalsQuery = (cohortId: string, uid: string) =>
  queryOf(goalsCollection(cohortId), where('ownerUid', '==', uid));

export const journalCollection = (cohortId: string) =>
  collectionAt(converters.journal, 'cohorts', cohortId, 'journal');
export const journalDoc = (cohortId: string, entryId: string) =>
  docAt(converters.journal, 'cohorts', cohortId, 'journal', entryId);
export const myJournalQuery = (cohortId: string, uid: string) =>
  queryOf(journalCollection(cohortId), where('authorUid', '==', uid));
/** Whether a participant has written about a module: one document at most. */
export const myEntryForModuleQuery = (cohortId: string, uid: string, moduleId: string) =>
  queryOf(
    journalCollection(cohortId),
    where('authorUid', '==', uid),
    where('moduleId', '==', moduleId),
    limit(1),
  );
/** Reflections shared with the whole cohort, or with its facilitators only, newest first. */
export const sharedJournalQuery = (
  cohortId: string,
  audience: 'cohort' | 'facilitators' = 'cohort',
  max = 50,
) =>
  queryOf(
    journalCollection(cohortId),
    where('visibility', '==', audience),
    orderBy('updatedAt', 'desc'),
    limit(max),
  );

export const commentsCollection = (cohortId: string, entryId: string) =>
  collectionAt(converters.comment, 'cohorts', cohortId, 'journal', entryId, 'comments');
/**
 * The replies on an entry in the order written. Its author and the cohort's facilitators read every
 * one; anyone else reads only those left while the entry was shared with the cohort, and must ask
 * for just those, as the rules are not filters.
 */
export const commentsQuery = (cohortId: string, entryId: string, cohortWideOnly = false) =>
  cohortWideOnly
    ? queryOf(
        commentsCollection(cohortId, entryId),
        where('visibility', '==', 'cohort'),
        orderBy('createdAt'),
      )
    : queryOf(commentsCollection(cohortId, entryId), orderBy('createdAt'));

/** A person's own replies, in every cohort; the rules allow exactly this filter. */
export const myCommentsQuery = (uid: string) =>
  queryOf(groupOf(converters.comment, 'comments'), where('authorUid', '==', uid));

export const announcementsCollection = (cohortId: string) =>
  collectionAt(converters.announcement, 'cohorts', cohortId, 'announcements');
export const announcementDoc = (cohortId: string, announcementId: string) =>
  docAt(converters.announcement, 'cohorts', cohortId, 'announcements', announcementId);
export const announcementsQuery = (cohortId: string, max = 20) =>
  queryOf(announcementsCollection(cohortId), orderBy('createdAt', 'desc'), limit(max));

/** Everyone's attendance, for facilitators; a participant reads only their own document. */
export const attendanceCollection = (cohortId: string) =>
  collectionAt(converters.attendance, 'cohorts', cohortId, 'attendance');
export const attendanceDoc = (cohortId: string, uid: string) =>
  docAt(converters.attendance, 'cohorts', cohortId, 'attendance', uid);

export const directorCallDoc = (cohortId: string, uid: string) =>
  docAt(converters.directorCall, 'cohorts', cohortId, 'directorCalls', uid);

export const invitationsCollection = (cohortId: string) =>
  collectionAt(converters.invitation, 'cohorts', cohortId, 'invitations');

/** Invitations to one verified address, across cohorts; the rules allow exactly this filter. */
export const pendingInvitationsQuery = (email: string) =>
  queryOf(groupOf(converters.invitation, 'invitations'), where('email', '==', email.toLowerCase()));

export const directorCallsCollection = (cohortId: string) =>
  collectionAt(converters.directorCall, 'cohorts', cohortId, 'directorCalls');
export const directorCallNotesDoc = (cohortId: string, uid: string) =>
  rawDocAt('cohorts', cohortId, 'directorCallNotes', uid);

/** Which emails one person gets; only they read or change it. */
export const notificationSettingsDoc = (uid: string) =>
  docAt(converters.notificationSettings, 'notificationSettings', uid);

/** Emails that failed, newest first; only the programme team may read them. */
export const mailProblemsQuery = () =>
  queryOf(
    collectionAt(converters.mailProblem, 'mailProblems'),
    orderBy('lastAttemptAt', 'desc'),
    limit(50),
  );

/** The last week's counts of errors browsers reported; only the programme team may read them. */
export const clientErrorCountsQuery = () =>
  queryOf(
    collectionAt(converters.clientErrorCount, 'clientErrorCounts'),
    orderBy('day', 'desc'),
    limit(7),
  );

/** One person's "what's new" in a cohort: one document, kept by the server. */
export const whatsNewDoc = (cohortId: string, uid: string) =>
  docAt(converters.whatsNew, 'cohorts', cohortId, 'whatsNew', uid);
