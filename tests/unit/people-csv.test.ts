import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv, planImport, readPeople, type CohortFacts } from '../../src/lib/people-csv';

// Files as Excel and friends write them, kept byte for byte (BOMs, CRLFs) in tests/fixtures.
const fixture = (name: string) => readFileSync(`tests/fixtures/people-csv/${name}`, 'utf8');

const nobodyYet: CohortFacts = {
  freeSeats: 16,
  someoneWaiting: false,
  isMember: () => false,
  isInvited: () => false,
  isWaiting: () => false,
};

describe('readPeople', () => {
  it('reads a UTF-8 file with a byte-order mark and Windows line endings', () => {
    const text = fixture('excel-bom-crlf.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
    expect(readPeople(text)).toEqual({
      problem: null,
      people: [
        {
          row: 2,
          name: 'Amina Shah',
          email: 'amina.shah@example.nhs.uk',
          organisation: 'Northfield NHS Trust',
          jobTitle: 'Ward manager',
        },
        {
          row: 3,
          name: 'Tom Evans',
          email: 'Tom.Evans@Example.gov.uk',
          organisation: 'Eastbury Council',
          jobTitle: 'Head of adult social care',
        },
      ],
    });
  });

  it('reads a semicolon-separated file, keeping a quoted semicolon inside its field', () => {
    const { people } = readPeople(fixture('excel-semicolons.csv'));
    expect(people.map(({ name, email }) => [name, email])).toEqual([
      ['Lotte de Vries', 'lotte.devries@example.org'],
      ['Marc Dubois; MBE', 'marc.dubois@example.org'],
    ]);
    expect(people[1]?.jobTitle).toBe('Registered manager');
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const { people } = readPeople(fixture('quoted-commas.csv'));
    expect(people).toEqual([
      {
        row: 2,
        name: 'Patel, Ravi',
        email: 'ravi.patel@example.nhs.uk',
        organisation: 'Westmoor Health, Care and Wellbeing Partnership',
        jobTitle: 'Lead, integrated discharge',
      },
      {
        row: 3,
        name: 'Jo Kim',
        email: 'jo.kim@example.org',
        organisation: 'The "Open Door" Trust',
        // A line break typed in a cell is a space in a job title.
        jobTitle: 'Manager Community services',
      },
    ]);
  });

  it('keeps apostrophes and accents as written', () => {
    const { people } = readPeople(fixture('accents-apostrophe.csv'));
    expect(people.map((person) => person.name)).toEqual(["Siân O'Connor-Núñez", 'Zoë Brontë']);
    expect(people[0]).toMatchObject({ organisation: 'Ysbyty Gwynedd', jobTitle: 'Prif nyrs' });
  });

  it('ignores blank lines, and rows of empty cells, but numbers rows as the spreadsheet does', () => {
    const { people } = readPeople(fixture('blank-lines.csv'));
    expect(people.map(({ row, name }) => [row, name])).toEqual([
      [4, 'Ali Khan'],
      [7, 'Beth Lowe'],
    ]);
  });

  it('reads headers in another order and spelling, joining first and last names', () => {
    const { people } = readPeople(fixture('other-order.csv'));
    expect(people).toEqual([
      {
        row: 2,
        name: 'Grace Obi',
        email: 'grace.obi@example.nhs.uk',
        organisation: 'Lakeside NHS Foundation Trust',
        jobTitle: 'Chief nurse',
      },
      {
        row: 3,
        name: 'Sam Hale',
        email: 'not-an-address',
        organisation: 'Lakeside Voluntary Action',
        jobTitle: 'Role lead',
      },
    ]);
  });

  it('refuses a file without an email column, saying what the first line should be', () => {
    expect(readPeople('Name,Organisation\nAli Khan,Southgate Council\n')).toEqual({
      people: [],
      problem: expect.stringContaining('no email column'),
    });
    expect(readPeople('\n\n').problem).toContain('empty');
  });
});

describe('parseCsv', () => {
  it('takes the separator from the header line, not from a later row', () => {
    expect(parseCsv('a;b\n"x,y";z')).toEqual([
      ['a', 'b'],
      ['x,y', 'z'],
    ]);
    expect(parseCsv('a,b\nx;y,z')).toEqual([
      ['a', 'b'],
      ['x;y', 'z'],
    ]);
  });
});

describe('planImport', () => {
  it('gives 4 free seats to the first 4 of 40 rows and puts the other 36 on the waiting list', () => {
    const { people } = readPeople(fixture('forty-rows.csv'));
    expect(people).toHaveLength(40);
    const outcomes = planImport(people, { ...nobodyYet, freeSeats: 4 });
    expect(outcomes.slice(0, 4)).toEqual(['invite', 'invite', 'invite', 'invite']);
    expect(outcomes.slice(4)).toEqual(Array(36).fill('waiting-list'));
  });

  it('says which rows are not addresses, repeated, or already in the cohort, and skips them for seats', () => {
    const people = readPeople(
      [
        'Name,Email',
        'A,a@example.org',
        'B,not-an-address',
        'A again,A@Example.org',
        'Member,member@example.org',
        'Invited,invited@example.org',
        'Waiting,waiting@example.org',
        `${'N'.repeat(121)},long@example.org`,
        'C,c@example.org',
        'D,d@example.org',
      ].join('\n'),
    ).people;
    expect(
      planImport(people, {
        freeSeats: 2,
        someoneWaiting: false,
        isMember: (email) => email === 'member@example.org',
        isInvited: (email) => email === 'invited@example.org',
        isWaiting: (email) => email === 'waiting@example.org',
      }),
    ).toEqual([
      'invite',
      'not-an-email',
      'duplicate',
      'already-member',
      'already-invited',
      'already-waiting',
      'too-long',
      'invite',
      'waiting-list',
    ]);
  });

  it('lets nobody from a file take a free seat ahead of those already waiting', () => {
    const { people } = readPeople('Email\na@example.org\n');
    expect(planImport(people, { ...nobodyYet, someoneWaiting: true })).toEqual(['waiting-list']);
  });
});
