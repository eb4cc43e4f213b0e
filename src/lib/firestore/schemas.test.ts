import { describe, expect, it } from 'vitest';
import { cohortSchema, invitationSchema, journalEntrySchema } from './schemas';

const at = { toDate: () => new Date('2027-01-01T09:00:00Z') };
const cohort = {
  programmeId: 'programme-collaborative-leadership',
  name: 'Spring 2027',
  startDate: '2027-01-04',
  endDate: '2027-07-30',
  seatLimit: 16,
  archived: false,
};

describe('document schemas', () => {
  it('turn Firestore timestamps into dates and fill defaults', () => {
    const entry = journalEntrySchema.parse({
      authorUid: 'p-1',
      authorName: 'Amara',
      moduleId: 'module-1',
      title: '',
      body: 'Words',
      visibility: 'private',
      createdAt: at,
      updatedAt: at,
    });
    expect(entry.revision).toBe(0);
    expect(entry.createdAt).toEqual(new Date('2027-01-01T09:00:00Z'));
    expect(cohortSchema.parse(cohort).seatsTaken).toBe(0);
  });

  it('read the programme a cohort shows, and open a cohort written before it was kept there', () => {
    const programme = {
      name: 'Collaborative leadership',
      description: '',
      directorName: 'Dr Helen Carter',
    };
    expect(cohortSchema.parse({ ...cohort, programme }).programme).toEqual(programme);
    expect(cohortSchema.parse(cohort).programme).toBeUndefined();
    expect(() =>
      cohortSchema.parse({ ...cohort, programme: { ...programme, name: '' } }),
    ).toThrow();
    expect(() =>
      cohortSchema.parse({ ...cohort, programme: { ...programme, directorName: undefined } }),
    ).toThrow();
  });

  it('refuse malformed documents loudly', () => {
    expect(() => cohortSchema.parse({ ...cohort, name: '' })).toThrow();
    expect(() => cohortSchema.parse({ ...cohort, startDate: '2027-1-4' })).toThrow();
    expect(() => cohortSchema.parse({ ...cohort, seatLimit: 17 })).toThrow();
    expect(() => cohortSchema.parse({ ...cohort, seatLimit: 1.5 })).toThrow();
    expect(() => cohortSchema.parse({ ...cohort, programmeId: '' })).toThrow();
    expect(() =>
      invitationSchema.parse({
        email: 'nobody',
        role: 'participant',
        invitedBy: 'x',
        createdAt: at,
      }),
    ).toThrow();
    expect(() =>
      journalEntrySchema.parse({ authorUid: 'p-1', visibility: 'public', createdAt: at }),
    ).toThrow();
  });
});
