/**
 * Who may do what to each kind of document: the promise the rules keep, in one table.
 *
 * The rules tests are generated from this table (tests/rules/access-matrix.rules.test.ts) and
 * docs/access.md is rendered from it (`npm run docs:access`), so the three cannot drift apart.
 * Every row is about cohort A's document owned by "owner", a participant of cohort A.
 */

export const roles = {
  admin: 'Programme team (admin claim, not a cohort member)',
  facilitator: 'Facilitator of the cohort',
  owner: 'Owner: the participant whose document it is (for cohort-wide documents, a participant)',
  participant: 'Another participant of the cohort',
  otherCohort: 'A participant of another cohort',
  noCohort: 'Signed in, in no cohort',
  signedOut: 'Signed out',
} as const;

export const operations = {
  get: 'Read the document by its path',
  appList: "List with the app's own query for it",
  anyList: 'List the whole collection, unfiltered',
  create: 'Create a new, well-formed one as oneself',
  update: 'Make the everyday change (named in the row)',
  delete: 'Delete it (with the seat change the app makes, where there is one)',
} as const;

export type Role = keyof typeof roles;
export type Operation = keyof typeof operations;

/** y = allowed, n = refused, - = the app never does this, so there is nothing to test. */
type Cell = 'y' | 'n' | '-';
type Row = `${Cell} ${Cell} ${Cell} ${Cell} ${Cell} ${Cell}`;

export type DocumentKind = {
  title: string;
  path: string;
  create: string;
  update: string;
  access: Record<Role, Row>;
};

// Columns:  get  appList  anyList  create  update  delete
export const accessMatrix = {
  profile: {
    title: 'Profile',
    path: 'users/{uid}',
    create: "one's own profile",
    update: 'change the job title',
    access: {
      admin: /*       */ 'n - n y n n',
      facilitator: /* */ 'n - n y n n',
      owner: /*       */ 'y - n y y n',
      participant: /* */ 'n - n y n n',
      otherCohort: /* */ 'n - n y n n',
      noCohort: /*    */ 'n - n y n n',
      signedOut: /*   */ 'n - n n n n',
    },
  },
  cohort: {
    title: 'Cohort',
    path: 'cohorts/{cohortId}',
    create: 'a new cohort',
    update: 'rename it',
    access: {
      admin: /*       */ 'y - y y y n',
      facilitator: /* */ 'y - n n n n',
      owner: /*       */ 'y - n n n n',
      participant: /* */ 'y - n n n n',
      otherCohort: /* */ 'n - n n n n',
      noCohort: /*    */ 'n - n n n n',
      signedOut: /*   */ 'n - n n n n',
    },
  },
  membership: {
    title: 'Membership (role in the cohort)',
    path: 'cohorts/{cohortId}/members/{uid}',
    create: 'add a person to the cohort directly, without an invitation',
    update: 'change the display name',
    access: {
      admin: /*       */ 'y n y y y n',
      facilitator: /* */ 'y n y n n n',
      owner: /*       */ 'y y y n n n',
      participant: /* */ 'y n y n n n',
      otherCohort: /* */ 'n n n n n n',
      noCohort: /*    */ 'n n n n n n',
      signedOut: /*   */ 'n n n n n n',
    },
  },
  invitation: {
    title: 'Invitation',
    path: 'cohorts/{cohortId}/invitations/{email}',
    create:
      'invite a participant, counting a seat in the same batch (the inviteParticipants function does it)',
    update: 'change its role',
    access: {
      admin: /*       */ 'y n y n n n',
      facilitator: /* */ 'y n y n n n',
      owner: /*       */ 'n n n n n n',
      participant: /* */ 'n n n n n n',
      otherCohort: /* */ 'n n n n n n',
      noCohort: /*    */ 'n n n n n n',
      signedOut: /*   */ 'n n n n n n',
    },
  },
  module: {
    title: 'Module (timetable)',
    path: 'cohorts/{cohortId}/modules/{moduleId}',
    create: 'a new module',
    update: 'retitle it, raising the revision',
    access: {
      admin: /*       */ 'y y y y y y',
      facilitator: /* */ 'y y y y y y',
      owner: /*       */ 'y y y n n n',
      participant: /* */ 'y y y n n n',
      otherCohort: /* */ 'n n n n n n',
      noCohort: /*    */ 'n n n n n n',
      signedOut: /*   */ 'n n n n n n',
    },
  },
  material: {
    title: 'Pre-reading material',
    path: 'cohorts/{cohortId}/materials/{materialId}',
    create: 'a new material',
    update: 'retitle it',
    access: {
      admin: /*       */ 'y y y y y y',
      facilitator: /* */ 'y y y y y y',
      owner: /*       */ 'y y y n n n',
      participant: /* */ 'y y y n n n',
      otherCohort: /* */ 'n n n n n n',
      noCohort: /*    */ 'n n n n n n',
      signedOut: /*   */ 'n n n n n n',
    },
  },
  reading: {
    title: 'Reading record (read mark and takeaway)',
    path: 'cohorts/{cohortId}/readings/{uid}__{materialId}',
    create: "one's own record for a material",
    update: 'change the takeaway',
    access: {
      admin: /*       */ 'n n n n n n',
      facilitator: /* */ 'y y y n n n',
      owner: /*       */ 'y y n y y n',
      participant: /* */ 'n n n y n n',
      otherCohort: /* */ 'n n n n n n',
      noCohort: /*    */ 'n n n n n n',
      signedOut: /*   */ 'n n n n n n',
    },
  },
  participantGoal: {
    title: 'Goal the participant set',
    path: 'cohorts/{cohortId}/goals/{goalId} (source participant)',
    create: "a goal of one's own",
    update: 'add a check-in',
    access: {
      admin: /*       */ 'n n n n n n',
      facilitator: /* */ 'y y y n n n',
      owner: /*       */ 'y y n y y y',
      participant: /* */ 'n n n y n n',
      otherCohort: /* */ 'n n n n n n',
      noCohort: /*    */ 'n n n n n n',
      signedOut: /*   */ 'n n n n n n',
    },
  },
  callGoal: {
    title: 'Goal recorded from the director call',
    path: 'cohorts/{cohortId}/goals/{goalId} (source director-call)',
    create: "a goal from the owner's call",
    update: 'reword it',
    access: {
      admin: /*       */ 'n n n n n n',
      facilitator: /* */ 'y y y y y y',
      owner: /*       */ 'y y n n n n',
      participant: /* */ 'n n n n n n',
      otherCohort: /* */ 'n n n n n n',
      noCohort: /*    */ 'n n n n n n',
      signedOut: /*   */ 'n n n n n n',
    },
  },
  privateEntry: {
    title: 'Journal entry, private',
    path: 'cohorts/{cohortId}/journal/{entryId} (visibility private)',
    create: "an entry of one's own",
    update: 'edit the body',
    access: {
      admin: /*       */ 'n n n n n n',
      facilitator: /* */ 'n n n n n n',
      owner: /*       */ 'y y n y y y',
      participant: /* */ 'n n n y n n',
      otherCohort: /* */ 'n n n n n n',
      noCohort: /*    */ 'n n n n n n',
      signedOut: /*   */ 'n n n n n n',
    },
  },
  facilitatorsEntry: {
    title: 'Journal entry, shared with facilitators',
    path: 'cohorts/{cohortId}/journal/{entryId} (visibility facilitators)',
    create: "an entry of one's own",
    update: 'edit the body',
    access: {
      admin: /*       */ 'n n n n n n',
      facilitator: /* */ 'y y n n n n',
      owner: /*       */ 'y n n y y y',
      participant: /* */ 'n n n y n n',
      otherCohort: /* */ 'n n n n n n',
      noCohort: /*    */ 'n n n n n n',
      signedOut: /*   */ 'n n n n n n',
    },
  },
  cohortEntry: {
    title: 'Journal entry, shared with the cohort',
    path: 'cohorts/{cohortId}/journal/{entryId} (visibility cohort)',
    create: "an entry of one's own",
    update: 'edit the body',
    access: {
      admin: /*       */ 'n n n n n n',
      facilitator: /* */ 'y y n n n n',
      owner: /*       */ 'y y n y y y',
      participant: /* */ 'y y n y n n',
      otherCohort: /* */ 'n n n n n n',
      noCohort: /*    */ 'n n n n n n',
      signedOut: /*   */ 'n n n n n n',
    },
  },
  comment: {
    title: "Reply, by the owner, on another participant's shared entry",
    path: 'cohorts/{cohortId}/journal/{entryId}/comments/{commentId}',
    create: 'a reply as oneself',
    update: 'edit the body',
    access: {
      admin: /*       */ 'n n n n n n',
      facilitator: /* */ 'y y y y n n',
      owner: /*       */ 'y y n y y y',
      participant: /* */ 'y y y y n y',
      otherCohort: /* */ 'n n n n n n',
      noCohort: /*    */ 'n n n n n n',
      signedOut: /*   */ 'n n n n n n',
    },
  },
  announcement: {
    title: 'Announcement',
    path: 'cohorts/{cohortId}/announcements/{announcementId}',
    create: 'a new announcement',
    update: 'retitle it',
    access: {
      admin: /*       */ 'y y y n n n',
      facilitator: /* */ 'y y y y y y',
      owner: /*       */ 'y y y n n n',
      participant: /* */ 'y y y n n n',
      otherCohort: /* */ 'n n n n n n',
      noCohort: /*    */ 'n n n n n n',
      signedOut: /*   */ 'n n n n n n',
    },
  },
  attendance: {
    title: 'Attendance (one participant’s marks for every module day)',
    path: 'cohorts/{cohortId}/attendance/{uid}',
    create: 'mark a participant present for a day',
    update: 'mark another day',
    access: {
      admin: /*       */ 'n n n n n n',
      facilitator: /* */ 'y y y y y n',
      owner: /*       */ 'y n n n n n',
      participant: /* */ 'n n n n n n',
      otherCohort: /* */ 'n n n n n n',
      noCohort: /*    */ 'n n n n n n',
      signedOut: /*   */ 'n n n n n n',
    },
  },
  moduleFeedback: {
    title: 'Module feedback (one participant’s answers for a module)',
    path: 'cohorts/{cohortId}/moduleFeedback/{moduleId}__{uid}',
    create: 'answer for the module that has just ended',
    update: 'change the overall rating',
    access: {
      admin: /*       */ 'n n n n n n',
      facilitator: /* */ 'n n n n n n',
      owner: /*       */ 'y y n y y n',
      participant: /* */ 'n n n y n n',
      otherCohort: /* */ 'n n n n n n',
      noCohort: /*    */ 'n n n n n n',
      signedOut: /*   */ 'n n n n n n',
    },
  },
  feedbackSummary: {
    title: 'Module feedback summary (written by a function from 3 or more answers)',
    path: 'cohorts/{cohortId}/feedbackSummaries/{moduleId}',
    create: 'write a summary by hand',
    update: 'change a count',
    access: {
      admin: /*       */ 'y y n n n n',
      facilitator: /* */ 'y y n n n n',
      owner: /*       */ 'n n n n n n',
      participant: /* */ 'n n n n n n',
      otherCohort: /* */ 'n n n n n n',
      noCohort: /*    */ 'n n n n n n',
      signedOut: /*   */ 'n n n n n n',
    },
  },
  directorCall: {
    title: 'Director call (what the participant sees)',
    path: 'cohorts/{cohortId}/directorCalls/{uid}',
    create: 'a call for a participant',
    update: 'mark it held',
    access: {
      admin: /*       */ 'n n n n n n',
      facilitator: /* */ 'y y y y y y',
      owner: /*       */ 'y n n n n n',
      participant: /* */ 'n n n n n n',
      otherCohort: /* */ 'n n n n n n',
      noCohort: /*    */ 'n n n n n n',
      signedOut: /*   */ 'n n n n n n',
    },
  },
  directorCallNotes: {
    title: "Facilitators' private notes from the call",
    path: 'cohorts/{cohortId}/directorCallNotes/{uid}',
    create: 'notes for a participant',
    update: 'change the notes',
    access: {
      admin: /*       */ 'n - n n n n',
      facilitator: /* */ 'y - y y y y',
      owner: /*       */ 'n - n n n n',
      participant: /* */ 'n - n n n n',
      otherCohort: /* */ 'n - n n n n',
      noCohort: /*    */ 'n - n n n n',
      signedOut: /*   */ 'n - n n n n',
    },
  },
  whatsNew: {
    title: "What's new for a person (server-kept list, owner marks it seen)",
    path: 'cohorts/{cohortId}/whatsNew/{uid}',
    create: "mark one's own list seen",
    update: 'mark it seen',
    access: {
      admin: /*       */ 'n - n n n n',
      facilitator: /* */ 'n - n y n n',
      owner: /*       */ 'y - n y y n',
      participant: /* */ 'n - n y n n',
      otherCohort: /* */ 'n - n n n n',
      noCohort: /*    */ 'n - n n n n',
      signedOut: /*   */ 'n - n n n n',
    },
  },
  notificationSettings: {
    title: 'Email choices (notification settings)',
    path: 'notificationSettings/{uid}',
    create: "one's own choices",
    update: 'turn announcement emails off',
    access: {
      admin: /*       */ 'n - n y n n',
      facilitator: /* */ 'n - n y n n',
      owner: /*       */ 'y - n y y n',
      participant: /* */ 'n - n y n n',
      otherCohort: /* */ 'n - n y n n',
      noCohort: /*    */ 'n - n y n n',
      signedOut: /*   */ 'n - n n n n',
    },
  },
  mailLedger: {
    title: 'Email ledger (every email claimed before it is sent)',
    path: 'mailLedger/{emailId}',
    create: 'claim an email',
    update: 'mark an email sent',
    access: {
      admin: /*       */ 'n - n n n n',
      facilitator: /* */ 'n - n n n n',
      owner: /*       */ 'n - n n n n',
      participant: /* */ 'n - n n n n',
      otherCohort: /* */ 'n - n n n n',
      noCohort: /*    */ 'n - n n n n',
      signedOut: /*   */ 'n - n n n n',
    },
  },
  replyDigest: {
    title: "Replies waiting for the owner's next digest email",
    path: 'replyDigests/{uid}',
    create: 'queue a reply',
    update: 'empty the queue',
    access: {
      admin: /*       */ 'n - n n n n',
      facilitator: /* */ 'n - n n n n',
      owner: /*       */ 'n - n n n n',
      participant: /* */ 'n - n n n n',
      otherCohort: /* */ 'n - n n n n',
      noCohort: /*    */ 'n - n n n n',
      signedOut: /*   */ 'n - n n n n',
    },
  },
  programmeTeam: {
    title: 'Programme team roster (who holds the admin claim)',
    path: 'programmeTeam/roster',
    create: 'write a roster',
    update: 'add oneself to it',
    access: {
      admin: /*       */ 'n - n n n n',
      facilitator: /* */ 'n - n n n n',
      owner: /*       */ 'n - n n n n',
      participant: /* */ 'n - n n n n',
      otherCohort: /* */ 'n - n n n n',
      noCohort: /*    */ 'n - n n n n',
      signedOut: /*   */ 'n - n n n n',
    },
  },
  erasure: {
    title: 'Erasure record (who erased whom, when, counts; no content)',
    path: 'erasures/{erasureId}',
    create: 'record an erasure',
    update: 'change the counts',
    access: {
      admin: /*       */ 'y - y n n n',
      facilitator: /* */ 'n - n n n n',
      owner: /*       */ 'n - n n n n',
      participant: /* */ 'n - n n n n',
      otherCohort: /* */ 'n - n n n n',
      noCohort: /*    */ 'n - n n n n',
      signedOut: /*   */ 'n - n n n n',
    },
  },
  mailProblem: {
    title: 'Email that could not be sent (no message, for the programme team)',
    path: 'mailProblems/{emailId}',
    create: 'record a problem',
    update: 'mark it solved',
    access: {
      admin: /*       */ 'y y y n n n',
      facilitator: /* */ 'n n n n n n',
      owner: /*       */ 'n n n n n n',
      participant: /* */ 'n n n n n n',
      otherCohort: /* */ 'n n n n n n',
      noCohort: /*    */ 'n n n n n n',
      signedOut: /*   */ 'n n n n n n',
    },
  },
  networkProfile: {
    title:
      'Network profile (the owner, the facilitator and the other cohort’s participant are in the network; the other participant of the cohort is not)',
    path: 'networkProfiles/{uid}',
    create: "one's own profile, naming a cohort one belongs to",
    update: 'change the job title',
    access: {
      admin: /*       */ 'y y n n n n',
      facilitator: /* */ 'y y n y n n',
      owner: /*       */ 'y y n y y y',
      participant: /* */ 'n n n y n n',
      otherCohort: /* */ 'y y n y n n',
      noCohort: /*    */ 'n n n n n n',
      signedOut: /*   */ 'n n n n n n',
    },
  },
  networkPost: {
    title: 'Network noticeboard post (an ask or an offer)',
    path: 'networkPosts/{postId}',
    create: 'a new post as oneself',
    update: 'edit its text',
    access: {
      admin: /*       */ 'y y n n n n',
      facilitator: /* */ 'y y n y n n',
      owner: /*       */ 'y y n y y y',
      participant: /* */ 'n n n n n n',
      otherCohort: /* */ 'y y n y n n',
      noCohort: /*    */ 'n n n n n n',
      signedOut: /*   */ 'n n n n n n',
    },
  },
  hiddenNetworkPost: {
    title: 'Network post hidden by the programme team',
    path: 'networkPosts/{postId} (hidden)',
    create: 'a post that starts hidden',
    update: 'edit its text',
    access: {
      admin: /*       */ 'y y n n n n',
      facilitator: /* */ 'n n n n n n',
      owner: /*       */ 'y y n n n y',
      participant: /* */ 'n n n n n n',
      otherCohort: /* */ 'n n n n n n',
      noCohort: /*    */ 'n n n n n n',
      signedOut: /*   */ 'n n n n n n',
    },
  },
  networkReply: {
    title: 'Reply to a network post (the post is the facilitator’s)',
    path: 'networkPosts/{postId}/replies/{replyId}',
    create: 'a reply as oneself',
    update: 'edit its text',
    access: {
      admin: /*       */ 'y y n n n n',
      facilitator: /* */ 'y y n y n y',
      owner: /*       */ 'y y n y y y',
      participant: /* */ 'n n n n n n',
      otherCohort: /* */ 'y y n y n n',
      noCohort: /*    */ 'n n n n n n',
      signedOut: /*   */ 'n n n n n n',
    },
  },
  networkReport: {
    title: 'Report of a network post or reply to the programme team',
    path: 'networkReports/{reportId}',
    create: 'report a post as oneself',
    update: 'change the reason',
    access: {
      admin: /*       */ 'y y y n n y',
      facilitator: /* */ 'n n n y n n',
      owner: /*       */ 'n n n y n n',
      participant: /* */ 'n n n n n n',
      otherCohort: /* */ 'n n n y n n',
      noCohort: /*    */ 'n n n n n n',
      signedOut: /*   */ 'n n n n n n',
    },
  },
  networkCohortList: {
    title: 'The cohorts the network directory filters by (one document)',
    path: 'networkCohorts/all',
    create: 'the list, with a cohort in it',
    update: 'add a cohort',
    access: {
      admin: /*       */ 'y - y y y n',
      facilitator: /* */ 'y - y n n n',
      owner: /*       */ 'y - y n n n',
      participant: /* */ 'n - n n n n',
      otherCohort: /* */ 'y - y n n n',
      noCohort: /*    */ 'n - n n n n',
      signedOut: /*   */ 'n - n n n n',
    },
  },
} satisfies Record<string, DocumentKind>;

export type KindName = keyof typeof accessMatrix;

const operationOrder = Object.keys(operations) as Operation[];

/** The table's verdict for one cell: true, false, or null where the app never does it. */
export function expectedAccess(kind: KindName, role: Role, operation: Operation): boolean | null {
  const row: string = accessMatrix[kind].access[role];
  const cell = row.split(' ')[operationOrder.indexOf(operation)];
  return cell === '-' ? null : cell === 'y';
}
