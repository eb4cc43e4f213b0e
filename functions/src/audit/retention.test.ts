import { Timestamp } from 'firebase-admin/firestore';
import { beforeEach, describe, expect, it } from 'vitest';
import { adminDb } from '../admin';
import { auditCutoff, deleteExpiredAuditRecords } from './retention';

const now = new Date('2027-03-09T03:00:00Z');
const db = adminDb();
const record = (at: string) => ({
  action: 'cohort.archive',
  actor: { uid: 'sam', label: 'Sam Whitfield' },
  at: Timestamp.fromDate(new Date(at)),
});

async function seed(records: Record<string, string>) {
  await db.recursiveDelete(db.collection('auditLog'));
  await db.doc('settings/audit').delete();
  for (const [id, at] of Object.entries(records)) await db.doc(`auditLog/${id}`).set(record(at));
}

const remaining = async () => (await db.collection('auditLog').get()).docs.map((d) => d.id).sort();

describe('keeping the audit log for the retention period', () => {
  beforeEach(() =>
    seed({
      'three-years': '2024-03-01T09:00:00Z',
      'twenty-five-months': '2025-02-08T09:00:00Z',
      'thirteen-months': '2026-02-08T09:00:00Z',
      'last-week': '2027-03-02T09:00:00Z',
    }),
  );

  it('counts months back from now', () => {
    expect(auditCutoff(now, 24).toISOString()).toBe('2025-03-09T03:00:00.000Z');
  });

  it('deletes what is older than two years when the team has not chosen, and nothing on a second run', async () => {
    expect(await deleteExpiredAuditRecords({ db, now: () => now })).toBe(2);
    expect(await remaining()).toEqual(['last-week', 'thirteen-months']);
    expect(await deleteExpiredAuditRecords({ db, now: () => now })).toBe(0);
  });

  it('keeps to the period the team set', async () => {
    await db.doc('settings/audit').set({
      retentionMonths: 12,
      updatedBy: 'sam',
      updatedAt: Timestamp.fromDate(now),
    });
    expect(await deleteExpiredAuditRecords({ db, now: () => now })).toBe(3);
    expect(await remaining()).toEqual(['last-week']);
  });
});
