import { z } from 'zod';

// The portal's Content-Security-Policy forbids eval; without this, zod probes `new Function` and
// the first parse reports a CSP violation. Every schema lives below, so this runs before any parse.
z.config({ jitless: true });

// One schema per stored document kind; firestore/firestore.rules holds the same limits.
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2027-03-02');
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time like 09:30');

export const roleSchema = z.enum(['participant', 'facilitator']);
export type Role = z.infer<typeof roleSchema>;

export const cohortSchema = z.object({
  name: z.string().min(1).max(120),
  startDate: isoDate,
  endDate: isoDate,
  seatLimit: z.number().int().min(1).max(16),
  archived: z.boolean(),
  // Pending invitations plus participants; the rules keep it in step and never above seatLimit.
  seatsTaken: z.number().int().min(0).max(16).default(0),
  lastSeatChange: z
    .object({ kind: z.enum(['invite', 'revoke', 'remove']), id: z.string() })
    .optional(),
});
export type Cohort = z.infer<typeof cohortSchema>;

export const memberSchema = z.object({
  uid: z.string().min(1),
  role: roleSchema,
  displayName: z.string().min(1).max(120),
  organisation: z.string().max(160).optional(),
  jobTitle: z.string().max(160).optional(),
});
export type Member = z.infer<typeof memberSchema>;

export const sessionSchema = z.object({
  day: z.union([z.literal(1), z.literal(2)]),
  start: clockTime,
  end: clockTime,
  title: z.string().min(1).max(160),
  leader: z.string().max(160).optional(),
});
export type ModuleSession = z.infer<typeof sessionSchema>;

export const moduleSchema = z.object({
  number: z.number().int().min(1).max(4),
  title: z.string().min(1).max(160),
  themes: z.array(z.string().min(1).max(200)).max(12),
  days: z.tuple([isoDate, isoDate]),
  venue: z.string().max(300),
  joiningDetails: z.string().max(500).optional(),
  sessions: z.array(sessionSchema).max(30),
  // Rises with every change to the module, so calendar apps replace the events they imported.
  revision: z.number().int().min(0).default(0),
});
export type Module = z.infer<typeof moduleSchema>;

// Timestamps arrive as Firestore Timestamps (web or admin SDK); screens get Dates.
export const timestamp = z
  .custom<{ toDate: () => Date }>(
    (value) => typeof value === 'object' && value !== null && 'toDate' in value,
    'a Firestore timestamp',
  )
  .transform((value) => value.toDate());

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

export const materialSchema = z.object({
  moduleId: z.string().min(1),
  title: z.string().min(1).max(LIMITS.title),
  source: z.string().max(LIMITS.title),
  kind: z.enum(materialKinds),
  minutes: z.number().int().min(1).max(600),
  required: z.boolean(),
  url: z.string().max(LIMITS.url),
  order: z.number().int().min(0).max(999),
});
export type Material = z.infer<typeof materialSchema>;

export const readingSchema = z.object({
  uid: z.string().min(1),
  materialId: z.string().min(1),
  moduleId: z.string().min(1),
  read: z.boolean(),
  takeaway: z.string().max(LIMITS.takeaway),
  updatedAt: timestamp,
});
export type Reading = z.infer<typeof readingSchema>;

export const checkInKeys = ['1', '2', '3', '4'] as const;
export const progressLevels = [
  'Not started yet',
  'Some progress',
  'Good progress',
  'Achieved',
] as const;

export const checkInSchema = z.object({
  progress: z.number().int().min(0).max(3),
  note: z.string().max(LIMITS.checkInNote),
});
export type CheckIn = z.infer<typeof checkInSchema>;

export const goalSchema = z.object({
  ownerUid: z.string().min(1),
  text: z.string().min(1).max(LIMITS.goal),
  source: z.enum(['director-call', 'participant']),
  createdBy: z.string().min(1),
  checkIns: z.partialRecord(z.enum(checkInKeys), checkInSchema),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Goal = z.infer<typeof goalSchema>;

export const visibilities = ['private', 'facilitators', 'cohort'] as const;
export type Visibility = (typeof visibilities)[number];

export const journalEntrySchema = z.object({
  authorUid: z.string().min(1),
  authorName: z.string().min(1).max(120),
  moduleId: z.string().min(1),
  title: z.string().max(LIMITS.title),
  body: z.string().max(LIMITS.journalBody),
  visibility: z.enum(visibilities),
  // Raised by one on every save; a save must name the revision it replaces (see the rules).
  revision: z.number().int().min(0).default(0),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

export const commentSchema = z.object({
  authorUid: z.string().min(1),
  authorName: z.string().min(1).max(120),
  body: z.string().min(1).max(LIMITS.comment),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Comment = z.infer<typeof commentSchema>;

export const announcementSchema = z.object({
  title: z.string().min(1).max(LIMITS.title),
  body: z.string().max(LIMITS.announcementBody),
  authorUid: z.string().min(1),
  authorName: z.string().min(1).max(120),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Announcement = z.infer<typeof announcementSchema>;

export const directorCallSchema = z.object({
  uid: z.string().min(1),
  scheduledAt: timestamp.nullable(),
  completed: z.boolean(),
  summary: z.string().max(LIMITS.announcementBody),
});
export type DirectorCall = z.infer<typeof directorCallSchema>;

export const invitationSchema = z.object({
  email: z.string().email().max(254),
  role: roleSchema,
  invitedBy: z.string().min(1),
  createdAt: timestamp,
});
export type Invitation = z.infer<typeof invitationSchema>;
