import { describe, expect, it } from 'vitest';
import { csvCell, readinessCsv, readinessRows } from './readiness-rows';

const when = new Date('2027-01-05T10:00:00Z');
const base = {
  participants: [
    {
      uid: 'a',
      role: 'participant' as const,
      displayName: 'Amara Okafor',
      organisation: 'Northvale, NHS',
    },
    { uid: 'b', role: 'participant' as const, displayName: '=Bad Name' },
  ],
  calls: [{ id: 'a', uid: 'a', scheduledAt: when, completed: true, summary: '' }],
  goals: [
    {
      ownerUid: 'a',
      text: 'x',
      source: 'director-call' as const,
      createdBy: 'f',
      checkIns: {},
      createdAt: when,
      updatedAt: when,
    },
  ],
  materials: [
    {
      id: 'm1',
      moduleId: 'module-3',
      title: 'A',
      source: '',
      kind: 'article' as const,
      minutes: 5,
      required: true,
      url: '',
      order: 1,
    },
    {
      id: 'm2',
      moduleId: 'module-3',
      title: 'B',
      source: '',
      kind: 'article' as const,
      minutes: 5,
      required: false,
      url: '',
      order: 2,
    },
    {
      id: 'old',
      moduleId: 'module-2',
      title: 'C',
      source: '',
      kind: 'article' as const,
      minutes: 5,
      required: true,
      url: '',
      order: 3,
    },
  ],
  readings: [
    {
      uid: 'a',
      materialId: 'm1',
      moduleId: 'module-3',
      read: true,
      takeaway: 'Yes',
      updatedAt: when,
    },
    { uid: 'a', materialId: 'm2', moduleId: 'module-3', read: true, takeaway: '', updatedAt: when },
    {
      uid: 'b',
      materialId: 'old',
      moduleId: 'module-2',
      read: true,
      takeaway: '',
      updatedAt: when,
    },
  ],
  nextModuleId: 'module-3',
  attendance: {
    a: { '1-1': 'present' as const, '1-2': 'part' as const, '2-1': 'absent' as const },
  },
  heldDayKeys: ['1-1', '1-2', '2-1', '2-2'],
};

describe('readinessRows', () => {
  it('summarises each participant for the next module', () => {
    const rows = readinessRows(base);
    const amara = rows.find((r) => r.uid === 'a');
    const other = rows.find((r) => r.uid === 'b');
    expect(amara).toMatchObject({
      name: 'Amara Okafor',
      directorCall: 'done',
      goals: 1,
      readingDone: 1,
      readingTotal: 1,
      takeaways: 1,
      daysAttended: 1.5,
      daysHeld: 4,
      daysMarked: 3,
      ready: true,
      missing: [],
    });
    expect(other).toMatchObject({
      directorCall: 'not booked',
      goals: 0,
      readingDone: 0,
      daysAttended: 0,
      ready: false,
      missing: ['director call not booked', 'no goal set', '1 required reading left'],
    });
  });

  // Someone who keeps every reflection private has done all that is asked of them. The facilitators
  // can read none of their entries, so the module just held shows nothing shared by them.
  it('holds nothing against someone whose reflections on the last module are all private', () => {
    const facilitatorsCanSee = {
      ...base,
      participants: [base.participants[0]!],
      previousModuleId: 'module-2',
      visibleEntries: [],
    };
    expect(readinessRows(facilitatorsCanSee)[0]).toMatchObject({ ready: true, missing: [] });
  });

  it('counts someone ready when only optional reading is unread', () => {
    const [amara] = readinessRows({
      ...base,
      participants: [base.participants[0]!],
      readings: base.readings.filter((r) => r.materialId === 'm1'),
    });
    expect(amara).toMatchObject({ readingDone: 1, readingTotal: 1, ready: true, missing: [] });
  });

  it('is ready for a module whose reading is all optional, with nothing read', () => {
    const [amara] = readinessRows({
      ...base,
      participants: [base.participants[0]!],
      materials: base.materials.map((m) => ({ ...m, required: false })),
      readings: [],
    });
    expect(amara).toMatchObject({ readingDone: 0, readingTotal: 0, ready: true, missing: [] });
  });

  // The slides of the day are for after the module, so nobody is held back for not opening them,
  // even one stored as required before the rules refused that.
  it('counts nothing posted for after the module', () => {
    const slides = {
      ...base.materials[0]!,
      id: 'slides',
      title: 'Slides',
      required: true,
      phase: 'after' as const,
    };
    const [amara] = readinessRows({
      ...base,
      participants: [base.participants[0]!],
      materials: [...base.materials, slides],
    });
    expect(amara).toMatchObject({ readingDone: 1, readingTotal: 1, ready: true, missing: [] });
  });

  it('says what is missing, a booked call and several readings included', () => {
    const [amara] = readinessRows({
      ...base,
      participants: [base.participants[0]!],
      calls: [{ id: 'a', uid: 'a', scheduledAt: when, completed: false, summary: '' }],
      materials: base.materials.map((m) => ({ ...m, moduleId: 'module-3', required: true })),
      readings: [],
    });
    expect(amara?.missing).toEqual([
      'director call booked, not yet held',
      '3 required readings left',
    ]);
    expect(amara?.ready).toBe(false);
  });
});

describe('readinessCsv', () => {
  it('quotes commas and defuses spreadsheet formulas', () => {
    const csv = readinessCsv(readinessRows(base));
    expect(csv.split('\r\n')[0]).toBe(
      'Name,Organisation,Director call,Goals set,Required pre-reading done,Required pre-reading total,Takeaways,Days attended,Days held,Ready,Missing',
    );
    expect(csv).toContain('Amara Okafor,"Northvale, NHS",done,1,1,1,1,1.5,4,yes,\r\n');
    expect(csv).toContain(
      `"'=Bad Name",,not booked,0,0,1,0,0,4,no,director call not booked; no goal set; 1 required reading left`,
    );
  });
});

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://x.example")', `"'=HYPERLINK(""http://x.example"")"`],
    ['+44 20 7946 0000', `"'+44 20 7946 0000"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['  =1+1', `"'  =1+1"`],
  ])('defuses a formula: %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ['a lone carriage return', 'Northvale\rTrust', '"Northvale\rTrust"'],
    ['a line feed', 'Northvale\nTrust', '"Northvale\nTrust"'],
    ['a tab', 'Northvale\tTrust', '"Northvale\tTrust"'],
    ['a leading carriage return', '\r=1+1', `"'\r=1+1"`],
    ['a leading tab', '\tTrust', `"'\tTrust"`],
  ])('keeps %s inside one quoted field', (_, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('leaves plain text and counts as they are', () => {
    expect(csvCell('Amara Okafor')).toBe('Amara Okafor');
    expect(csvCell(1.5)).toBe('1.5');
  });
});
