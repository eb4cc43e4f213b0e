import { z } from 'zod';

// One schema per stored document kind; firestore.rules holds the same limits.
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
});
export type Module = z.infer<typeof moduleSchema>;
