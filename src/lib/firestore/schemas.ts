import { z } from 'zod/mini';
import { lazySchema } from './lazy-schema';

// zod/mini, not classic zod: the same checks at a fraction of the size on every signed-in screen.
// The portal's Content-Security-Policy forbids eval; without this, zod probes `new Function` and
// the first parse reports a CSP violation. Every schema lives below, so this runs before any parse.
z.config({ jitless: true });

export const text = (min: number, max: number) =>
  z.string().check(z.minLength(min), z.maxLength(max));
export const anyText = (max: number) => z.string().check(z.maxLength(max));
const whole = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));
const id = () => z.string().check(z.minLength(1));

// One schema per stored document kind; firestore.rules holds the same limits.
export const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2027-03-02'));
export const clockTime = z
  .string()
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time like 09:30'));

// Timestamps arrive as Firestore Timestamps (web or admin SDK); screens get Dates.
export const timestamp = z.pipe(
  z.custom<{ toDate: () => Date }>(
    (value) => typeof value === 'object' && value !== null && 'toDate' in value,
    'a Firestore timestamp',
  ),
  z.transform((value) => value.toDate()),
);

export const roleSchema = z.enum(['participant', 'facilitator']);
export type Role = z.output<typeof roleSchema>;

/**
 * What a cohort shows of its programme, kept on the cohort so its pages read no second document;
 * the rules hold it equal to these fields of programmes/{programmeId} (decision 0031).
 */
export const programmeShownSchema = lazySchema(() =>
  z.object({
    name: text(1, 120),
    description: anyText(500),
    directorName: text(1, 120),
  }),
);
export type ProgrammeShown = z.output<typeof programmeShownSchema>;

/** The programme's record, cut to what its cohorts show. */
export const programmeShown = ({ name, description, directorName }: ProgrammeShown) => ({
  name,
  description,
  directorName,
});

export const cohortSchema = lazySchema(() =>
  z.object({
    // The programme it is a cohort of; set when the cohort is made and never changed, so the
    // programme shown on the cohort is always the right one.
    programmeId: id(),
    // Absent on a cohort made before it was kept here, until its programme is next saved.
    programme: z.optional(programmeShownSchema),
    name: text(1, 120),
    startDate: isoDate,
    endDate: isoDate,
    seatLimit: whole(1, 16),
    archived: z.boolean(),
    // Pending participant invitations plus participants, counted by trusted code alone.
    seatsTaken: z._default(whole(0, 16), 0),
    // The cohort whose timetable this one was copied from ("New cohort from…"), if any.
    copiedFrom: z.optional(id()),
  }),
);
export type Cohort = z.output<typeof cohortSchema>;

export const memberSchema = lazySchema(() =>
  z.object({
    uid: id(),
    role: roleSchema,
    displayName: text(1, 120),
    organisation: z.optional(anyText(160)),
    jobTitle: z.optional(anyText(160)),
    joinedAt: z.optional(timestamp),
  }),
);
export type Member = z.output<typeof memberSchema>;

export const sessionSchema = lazySchema(() =>
  z.object({
    day: z.union([z.literal(1), z.literal(2)]),
    start: clockTime,
    end: clockTime,
    title: text(1, 160),
    leader: z.optional(anyText(160)),
    // Arrival, coffee or lunch: on the agenda, but nothing to rate in the module's feedback.
    // Absent on a teaching session, so every module written before this reads as it did.
    kind: z.optional(z.enum(['break'])),
  }),
);
export type ModuleSession = z.output<typeof sessionSchema>;

export const moduleSchema = lazySchema(() =>
  z.object({
    number: whole(1, 4),
    title: text(1, 160),
    themes: z.array(text(1, 200)).check(z.maxLength(12)),
    days: z.tuple([isoDate, isoDate]),
    venue: anyText(300),
    joiningDetails: z.optional(anyText(500)),
    sessions: z.array(sessionSchema).check(z.maxLength(30)),
    // Rises with every change to the module, so calendar apps replace the events they imported.
    revision: z._default(z.int().check(z.minimum(0)), 0),
    // When a facilitator last changed it, so "what's new" can tell a change from an import.
    changedAt: z.optional(timestamp),
    // Set by a facilitator who chose "save quietly": this change emails nobody.
    quiet: z.optional(z.boolean()),
  }),
);
export type Module = z.output<typeof moduleSchema>;

/** One module as the programme usually runs it: what a new cohort's timetable starts from. */
export const outlineModuleSchema = lazySchema(() =>
  z.object({
    number: whole(1, 4),
    title: text(1, 160),
    themes: z.array(text(1, 200)).check(z.maxLength(12)),
    sessions: z.array(sessionSchema).check(z.maxLength(30)),
  }),
);
export type OutlineModule = z.output<typeof outlineModuleSchema>;

/**
 * programmes/{programmeId}, kept by the programme team. Members read its name, description and
 * director on their cohort (programmeShownSchema), which the rules hold equal to it (decision 0031).
 */
export const programmeSchema = lazySchema(() =>
  z.object({
    name: text(1, 120),
    description: anyText(500),
    contactName: text(1, 120),
    contactEmail: z.string().check(z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/), z.maxLength(254)),
    directorName: text(1, 120),
    outline: z.array(outlineModuleSchema).check(z.maxLength(4)),
  }),
);
export type Programme = z.output<typeof programmeSchema>;

export const LIMITS = {
  title: 160,
  takeaway: 280,
  goal: 500,
  checkInNote: 1000,
  journalBody: 50_000,
  comment: 2000,
  announcementBody: 10_000,
  url: 2000,
} as const;

export const materialKinds = ['article', 'report', 'video', 'podcast', 'other'] as const;

// A file attached to a material or an announcement, recorded by the functions alone (src/lib/files.ts).
export const attachedFileSchema = lazySchema(() =>
  z.object({
    id: id(),
    name: text(1, 200),
    size: z.int(),
    type: id(),
    path: id(),
  }),
);

export const materialSchema = lazySchema(() =>
  z.object({
    moduleId: id(),
    title: text(1, LIMITS.title),
    source: anyText(LIMITS.title),
    kind: z.enum(materialKinds),
    minutes: whole(1, 600),
    required: z.boolean(),
    url: anyText(LIMITS.url),
    order: whole(0, 999),
    changedAt: z.optional(timestamp),
    files: z.optional(z.array(attachedFileSchema)),
    // Absent for pre-reading (every material before this existed); 'after' for the slides, notes
    // and recordings of the day, which are never due and never counted as reading.
    phase: z.optional(z.literal('after')),
  }),
);
export type Material = z.output<typeof materialSchema>;

/** Whether a material is pre-reading, the only kind that is due, counted or marked as read. */
export const isPreReading = (material: Pick<Material, 'phase'>) => material.phase !== 'after';

export const readingSchema = lazySchema(() =>
  z.object({
    uid: id(),
    materialId: id(),
    moduleId: id(),
    read: z.boolean(),
    takeaway: anyText(LIMITS.takeaway),
    updatedAt: timestamp,
  }),
);
export type Reading = z.output<typeof readingSchema>;

export const checkInKeys = ['1', '2', '3', '4'] as const;
export const progressLevels = [
  'Not started yet',
  'Some progress',
  'Good progress',
  'Achieved',
] as const;

export const checkInSchema = lazySchema(() =>
  z.object({
    progress: whole(0, 3),
    note: anyText(LIMITS.checkInNote),
  }),
);
export type CheckIn = z.output<typeof checkInSchema>;

export const goalSchema = lazySchema(() =>
  z.object({
    ownerUid: id(),
    text: text(1, LIMITS.goal),
    source: z.enum(['director-call', 'participant']),
    createdBy: id(),
    checkIns: z.partialRecord(z.enum(checkInKeys), checkInSchema),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
);
export type Goal = z.output<typeof goalSchema>;

export const visibilities = ['private', 'facilitators', 'cohort'] as const;
export type Visibility = (typeof visibilities)[number];

export const journalEntrySchema = lazySchema(() =>
  z.object({
    authorUid: id(),
    authorName: text(1, 120),
    moduleId: id(),
    title: anyText(LIMITS.title),
    body: anyText(LIMITS.journalBody),
    visibility: z.enum(visibilities),
    // Raised by one on every save; a save must name the revision it replaces (see the rules).
    revision: z._default(z.int().check(z.minimum(0)), 0),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
);
export type JournalEntry = z.output<typeof journalEntrySchema>;

export const commentSchema = lazySchema(() =>
  z.object({
    authorUid: id(),
    authorName: text(1, 120),
    body: text(1, LIMITS.comment),
    // The entry's audience when the reply was written; it stays with that audience (see the rules).
    visibility: z._default(z.enum(['facilitators', 'cohort']), 'facilitators'),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
);
export type Comment = z.output<typeof commentSchema>;

export const announcementSchema = lazySchema(() =>
  z.object({
    title: text(1, LIMITS.title),
    body: anyText(LIMITS.announcementBody),
    authorUid: id(),
    authorName: text(1, 120),
    // Whether the email carries the text; otherwise it carries the title and a link.
    emailText: z._default(z.boolean(), false),
    createdAt: timestamp,
    updatedAt: timestamp,
    files: z.optional(z.array(attachedFileSchema)),
  }),
);
export type Announcement = z.output<typeof announcementSchema>;

// "2-1" is module 2, day 1: the same keys whatever the modules are called.
export const attendanceMarks = ['present', 'part', 'absent'] as const;
export type AttendanceMark = (typeof attendanceMarks)[number];
export const attendanceDayKey = (moduleNumber: number, day: 1 | 2) => `${moduleNumber}-${day}`;

export const attendanceSchema = lazySchema(() =>
  z.object({
    uid: id(),
    days: z.record(z.string(), z.enum(attendanceMarks)),
    updatedAt: timestamp,
  }),
);
export type Attendance = z.output<typeof attendanceSchema>;

export const directorCallSchema = lazySchema(() =>
  z.object({
    uid: id(),
    scheduledAt: z.nullable(timestamp),
    completed: z.boolean(),
    summary: anyText(LIMITS.announcementBody),
  }),
);
export type DirectorCall = z.output<typeof directorCallSchema>;

export const invitationSchema = lazySchema(() =>
  z.object({
    email: z.email().check(z.maxLength(254)),
    role: roleSchema,
    invitedBy: id(),
    createdAt: timestamp,
    // Written by the server each time the invitation email goes out.
    sentAt: z.optional(timestamp),
    // A facilitator's request to send it again, at most once an hour (the rules hold the limit).
    resendRequestedAt: z.optional(timestamp),
    // As a facilitator's spreadsheet gave it, to greet the person.
    name: z.optional(anyText(120)),
    // A seat offered from the waiting list passes to the next person at this time.
    offerExpiresAt: z.optional(timestamp),
  }),
);
export type Invitation = z.output<typeof invitationSchema>;

// What each person gets by email. A missing document means everything on, replies in a digest.
export const replyDeliveries = ['digest', 'daily', 'off'] as const;
export type ReplyDelivery = (typeof replyDeliveries)[number];

export const notificationSettingsSchema = lazySchema(() =>
  z.object({
    moduleReminders: z.boolean(),
    callReminders: z.boolean(),
    announcements: z.boolean(),
    timetableChanges: z.boolean(),
    replies: z.enum(replyDeliveries),
    updatedAt: z.optional(timestamp),
  }),
);
export type NotificationSettings = z.output<typeof notificationSettingsSchema>;
export type EmailKind = Exclude<keyof NotificationSettings, 'updatedAt'>;

export const defaultNotificationSettings: NotificationSettings = {
  moduleReminders: true,
  callReminders: true,
  announcements: true,
  timetableChanges: true,
  replies: 'digest',
};

/** How each kind is named to people, in the settings page, the emails and the unsubscribe page. */
export const emailKindNames: Record<EmailKind, string> = {
  moduleReminders: 'module reminders',
  callReminders: 'director call reminders',
  announcements: 'announcements',
  timetableChanges: 'timetable changes',
  replies: 'replies to your reflections',
};

/** An email the server could not send, without its message, for the programme team. */
export const mailProblemSchema = lazySchema(() =>
  z.object({
    kind: z.string(),
    to: z.string(),
    subject: z.string(),
    attempts: z.int(),
    lastError: z.string(),
    lastAttemptAt: timestamp,
    willRetry: z.boolean(),
  }),
);
export type MailProblem = z.output<typeof mailProblemSchema>;

/** One day's reports from browsers (clientErrors function); the ids only make repeats count once. */
export const clientErrorCountSchema = lazySchema(() =>
  z.object({
    day: z.string(),
    errors: z._default(z.int(), 0),
    cspViolations: z._default(z.int(), 0),
  }),
);
export type ClientErrorCount = z.output<typeof clientErrorCountSchema>;

/** What changed for one person in one cohort since they last looked; kept by the server. */
export const whatsNewKinds = ['announcement', 'reply', 'reading', 'session'] as const;
export const whatsNewSchema = lazySchema(() =>
  z.object({
    items: z._default(
      z.array(
        z.object({
          id: z.string(),
          kind: z.enum(whatsNewKinds),
          title: z.string(),
          path: z.string(),
          at: timestamp,
        }),
      ),
      [],
    ),
    seenAt: z.optional(timestamp),
    // Modules whose feedback this person has given, noted by the feedback function for the
    // dashboard's prompt, so asking costs no read of the answer itself.
    feedbackGiven: z.optional(z.record(z.string(), z.boolean())),
  }),
);
export type WhatsNew = z.output<typeof whatsNewSchema>;
export type WhatsNewItem = WhatsNew['items'][number];
