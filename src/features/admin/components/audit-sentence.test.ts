import { describe, expect, it } from 'vitest';
import type { AuditRecord } from '@/lib/firestore/audit-schemas';
import { auditSentence } from './audit-sentence';

const sam = { uid: 'sam', label: 'Sam Whitfield' };
const at = new Date('2027-03-09T10:00:00Z');
const record = (overrides: Partial<AuditRecord>): AuditRecord => ({
  action: 'erasure',
  actor: sam,
  at,
  ...overrides,
});

describe('an audit record in plain English', () => {
  it('says who did what to whom', () => {
    expect(
      auditSentence(
        record({ target: { uid: 'g', label: 'Gareth Pryce' }, detail: { from: 'screen' } }),
      ),
    ).toBe('Sam Whitfield erased Gareth Pryce’s data');
    expect(
      auditSentence(
        record({ target: { uid: 'g', label: 'Gareth Pryce' }, detail: { from: 'command line' } }),
      ),
    ).toBe('Sam Whitfield erased Gareth Pryce’s data from the command line');
    expect(
      auditSentence(
        record({ action: 'programme-team.add', target: { uid: 'h', label: 'Helen Marsh' } }),
      ),
    ).toBe('Sam Whitfield added Helen Marsh to the programme team');
    expect(auditSentence(record({ action: 'cohort.archive' }))).toBe(
      'Sam Whitfield archived the cohort',
    );
    expect(
      auditSentence(
        record({
          action: 'participant.defer',
          target: { uid: 'd', label: 'Dylan Roberts' },
          detail: {
            toCohortName: 'Collaborative leadership — spring 2027',
            agreedOn: '2026-11-20',
          },
        }),
      ),
    ).toBe(
      'Sam Whitfield moved Dylan Roberts to Collaborative leadership — spring 2027, with their agreement',
    );
    expect(
      auditSentence(
        record({
          action: 'cohort.create-from',
          target: { label: 'Collaborative leadership — spring 2028' },
          detail: { from: 'Collaborative leadership — spring 2027', modules: 4 },
        }),
      ),
    ).toBe(
      'Sam Whitfield made Collaborative leadership — spring 2028 from Collaborative leadership — spring 2027',
    );
  });

  it('names a member by the address they confirmed, since anyone can rename themselves', () => {
    const renamed = { uid: 'sam', label: 'Dr Helen Marsh', email: 'sam.whitfield@example.org' };
    expect(auditSentence(record({ action: 'cohort.archive', actor: renamed }))).toBe(
      'Dr Helen Marsh (sam.whitfield@example.org) archived the cohort',
    );
  });

  it('gives a moderator’s reason, and names an action it does not know yet', () => {
    expect(
      auditSentence(
        record({
          action: 'network.hide',
          target: { label: 'the post “Data sharing”' },
          detail: { reason: 'Names a patient' },
        }),
      ),
    ).toBe(
      'Sam Whitfield hid the post “Data sharing” on the network noticeboard, saying “Names a patient”',
    );
    expect(auditSentence(record({ action: 'seat.release' }))).toBe('Sam Whitfield: seat.release');
  });

  it('says what the retention schedule changed and did', () => {
    expect(
      auditSentence(
        record({ action: 'retention.change', detail: { months: 24, previousMonths: 12 } }),
      ),
    ).toBe(
      'Sam Whitfield changed how long a cohort’s content is kept after it ends from 12 to 24 months',
    );
    expect(
      auditSentence(
        record({
          action: 'retention.delete',
          actor: { uid: 'retention-schedule', label: 'The retention schedule' },
          detail: { months: 12, participants: 10 },
        }),
      ),
    ).toBe('The retention schedule deleted the cohort’s content, 12 months after it ended');
  });
});
