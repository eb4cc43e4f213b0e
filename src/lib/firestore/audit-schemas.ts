import { z } from 'zod/mini';
import { anyText, text, timestamp } from './schemas';

// Kept apart from schemas.ts so only the programme team's page loads them.

/** One staff action, written by trusted code (functions/src/audit/record.ts). */
export const auditRecordSchema = z.object({
  action: text(1, 60),
  actor: z.object({ uid: text(1, 128), label: anyText(200), email: z.optional(anyText(320)) }),
  cohortId: z.optional(text(1, 128)),
  target: z.optional(z.object({ uid: z.optional(text(1, 128)), label: anyText(200) })),
  detail: z.optional(z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]))),
  at: timestamp,
});
export type AuditRecord = z.output<typeof auditRecordSchema>;

/** How long the audit log is kept: two years unless the team says otherwise, between 6 and 84 months. */
export const AUDIT_RETENTION = { defaultMonths: 24, minMonths: 6, maxMonths: 84 } as const;

export const auditSettingsSchema = z.object({
  retentionMonths: z
    .int()
    .check(z.minimum(AUDIT_RETENTION.minMonths), z.maximum(AUDIT_RETENTION.maxMonths)),
  updatedBy: text(1, 128),
  updatedAt: timestamp,
});
export type AuditSettings = z.output<typeof auditSettingsSchema>;
