import { addDaysIso, todayIso } from '../../src/lib/dates/index.ts';
import {
  programmeShown,
  type Cohort,
  type Module,
  type ModuleSession,
  type Programme,
  type ProgrammeShown,
} from '../../src/lib/firestore/schemas.ts';
import { alumniCohort, cohortA, cohortB, publicHealthCohort } from './demo-people.ts';

export const COLLABORATIVE_PROGRAMME_ID = 'programme-collaborative-leadership';
export const PUBLIC_HEALTH_PROGRAMME_ID = 'programme-public-health';

// The module titles and themes are the programme's own (shared/guide/programme.md).
export const programmeModules: Pick<Module, 'number' | 'title' | 'themes'>[] = [
  {
    number: 1,
    title: 'Defining you and the system',
    themes: [
      'The different organisational interests and perspectives in your system',
      'Agreeing principles for working together',
      'The local “dialogue”, and how to shift stuck patterns of behaviour',
    ],
  },
  {
    number: 2,
    title: 'System and place-based leadership',
    themes: [
      'A collaborative leadership mindset',
      'Dialogue skills',
      'Core leadership capabilities for working across a place',
      'A shared purpose for working together',
    ],
  },
  {
    number: 3,
    title: 'Power, politics and decision-making',
    themes: [
      'The neuroscience behind behaviour',
      'Old power and new power',
      'Decision-making processes and “generative” conversations that produce change',
      'Conditions that support collaboration',
    ],
  },
  {
    number: 4,
    title: 'Building and developing your collective impact',
    themes: [
      'Co-ordinating across organisational boundaries without stable structures',
      'Operating models you work in or across, and how to maximise impact in them',
      'Designing your own model of collaborative leadership',
    ],
  },
];

// Modules start on a Tuesday. Taking the one on or before the target keeps module 3 within
// three weeks on any day the seed runs, so timetable changes to it are always news.
function tuesdayOnOrBefore(isoDate: string): string {
  const weekday = new Date(`${isoDate}T12:00:00Z`).getUTCDay();
  return addDaysIso(isoDate, -((weekday - 2 + 7) % 7));
}

function agenda(themes: string[], director: string, associate: string): ModuleSession[] {
  const [first = 'Opening conversation', second = first, third = second, fourth = third] = themes;
  return [
    {
      day: 1,
      start: '09:30',
      end: '10:00',
      title: 'Arrival, coffee and check-in',
      kind: 'break',
    },
    { day: 1, start: '10:00', end: '11:30', title: first, leader: director },
    { day: 1, start: '11:45', end: '13:00', title: second, leader: associate },
    { day: 1, start: '14:00', end: '15:30', title: 'Action learning sets', leader: associate },
    {
      day: 1,
      start: '15:45',
      end: '16:30',
      title: 'Reflection and close of day one',
      leader: director,
    },
    { day: 2, start: '09:00', end: '10:30', title: third, leader: director },
    { day: 2, start: '10:45', end: '12:15', title: fourth, leader: 'Guest contributor' },
    {
      day: 2,
      start: '13:15',
      end: '15:00',
      title: 'Applying it in your own system',
      leader: associate,
    },
    {
      day: 2,
      start: '15:15',
      end: '16:00',
      title: 'Commitments before the next module',
      leader: director,
    },
  ];
}

/** The programme's usual pattern, without the people who lead each session in a given cohort. */
function outlineOf(modules: Pick<Module, 'number' | 'title' | 'themes'>[]): Programme['outline'] {
  return modules.map((module) => ({
    ...module,
    sessions: agenda(module.themes, '', '').map(({ leader: _leader, ...session }) => session),
  }));
}

export const demoProgrammes: { id: string; data: Programme }[] = [
  {
    id: COLLABORATIVE_PROGRAMME_ID,
    data: {
      // Short: the header of every page says "<name> portal".
      name: 'Collaborative leadership',
      description:
        'Building collaborative leadership across health and care organisations: a seven-month programme of four two-day modules.',
      contactName: 'Sam Whitfield',
      contactEmail: 'leadership.programme@example.org',
      directorName: 'Dr Helen Marsh',
      outline: outlineOf(programmeModules),
    },
  },
  {
    id: PUBLIC_HEALTH_PROGRAMME_ID,
    data: {
      name: 'Leading across systems: public health',
      description: 'Two modules for public health leaders working with the NHS and councils.',
      contactName: 'Tomasz Nowak',
      contactEmail: 'public.health.programme@example.org',
      directorName: 'Tomasz Nowak',
      outline: outlineOf(publicHealthModules()),
    },
  },
];

/** What a cohort of the programme shows of it, which the rules hold equal to the record (decision 0031). */
export function demoProgrammeShown(programmeId: string): ProgrammeShown {
  const programme = demoProgrammes.find(({ id }) => id === programmeId);
  if (!programme) throw new Error(`There is no demo programme ${programmeId}.`);
  return programmeShown(programme.data);
}

function publicHealthModules(): Pick<Module, 'number' | 'title' | 'themes'>[] {
  return [
    {
      number: 1,
      title: 'Population health across a system',
      themes: ['Reading a place’s health data together', 'Shared outcomes'],
    },
    {
      number: 2,
      title: 'Influence without authority',
      themes: ['Working with elected members', 'Making the case for prevention'],
    },
  ];
}

export type DemoTimetable = { cohort: Cohort; modules: (Module & { id: string })[] };

/**
 * Cohort A's timetable, placed around today: modules 1 and 2 are over, module 3 starts in
 * about three weeks and module 4 follows, over seven months in all.
 */
export function timetableAroundToday(
  name: string,
  people: { director: string; associate: string },
  today: string = todayIso(),
  module3OffsetDays = 21,
  programmeId = COLLABORATIVE_PROGRAMME_ID,
): DemoTimetable {
  const module3 = tuesdayOnOrBefore(addDaysIso(today, module3OffsetDays));
  const firstDays = [
    addDaysIso(module3, -105),
    addDaysIso(module3, -56),
    module3,
    addDaysIso(module3, 84),
  ];
  const venues = [
    'Northgate Conference Centre, 14 Wharf Street, Leeds LS2 7EQ',
    'The Assembly Rooms, 3 Guildhall Lane, Leicester LE1 5FQ',
    'Online (Microsoft Teams)',
    'Northgate Conference Centre, 14 Wharf Street, Leeds LS2 7EQ',
  ];
  const modules = programmeModules.map((module, index) => {
    const firstDay = firstDays[index] ?? module3;
    const venue = venues[index] ?? '';
    return {
      ...module,
      id: `module-${module.number}`,
      days: [firstDay, addDaysIso(firstDay, 1)] as [string, string],
      venue,
      ...(venue.startsWith('Online')
        ? { joiningDetails: 'The joining link is sent by email a week before the module.' }
        : {}),
      sessions: agenda(module.themes, people.director, people.associate),
      revision: 0,
    };
  });
  const startDate = addDaysIso(firstDays[0] ?? module3, -42);
  return {
    cohort: {
      programmeId,
      name,
      startDate,
      endDate: modules.find((module) => module.number === 4)?.days[1] ?? startDate,
      seatLimit: 16,
      archived: false,
      seatsTaken: 0,
    },
    modules,
  };
}

export function demoTimetables(today: string = todayIso()) {
  const [directorA, associateA] = cohortA.facilitators;
  const [directorB] = cohortB.facilitators;
  const [directorAlumni] = alumniCohort.facilitators;
  return {
    // Made from autumn 2025's timetable; only the record of it is seeded, the dates are its own.
    a: copiedFrom(
      timetableAroundToday(
        cohortA.name,
        {
          director: directorA?.displayName ?? '',
          associate: associateA?.displayName ?? '',
        },
        today,
      ),
      alumniCohort.id,
    ),
    // Cohort B runs about three months ahead, so the two cohorts' dates differ at a glance.
    b: timetableAroundToday(
      cohortB.name,
      {
        director: directorB?.displayName ?? '',
        associate: directorB?.displayName ?? '',
      },
      today,
      -70,
    ),
    alumni: finished(
      timetableAroundToday(
        alumniCohort.name,
        {
          director: directorAlumni?.displayName ?? '',
          associate: directorAlumni?.displayName ?? '',
        },
        today,
        -420,
      ),
    ),
    publicHealth: publicHealthTimetable(today),
  };
}

function copiedFrom(timetable: DemoTimetable, cohortId: string): DemoTimetable {
  return { ...timetable, cohort: { ...timetable.cohort, copiedFrom: cohortId } };
}

/** The second programme's cohort: two modules, the first about a month away. */
function publicHealthTimetable(today: string): DemoTimetable {
  const [director] = publicHealthCohort.facilitators;
  const firstDay = tuesdayOnOrBefore(addDaysIso(today, 35));
  const modules = publicHealthModules().map((module, index) => {
    const day = addDaysIso(firstDay, index * 56);
    return {
      ...module,
      id: `module-${module.number}`,
      days: [day, addDaysIso(day, 1)] as [string, string],
      venue: 'Kingsmere Civic Centre, 1 Market Square, Kingsmere KM1 1AA',
      sessions: agenda(module.themes, director?.displayName ?? '', director?.displayName ?? ''),
      revision: 0,
    };
  });
  return {
    cohort: {
      programmeId: PUBLIC_HEALTH_PROGRAMME_ID,
      name: publicHealthCohort.name,
      startDate: addDaysIso(firstDay, -28),
      endDate: modules.at(-1)?.days[1] ?? firstDay,
      seatLimit: 12,
      archived: false,
      seatsTaken: 0,
    },
    modules,
  };
}

/** A cohort whose programme ended months ago, archived as the programme team leaves them. */
function finished(timetable: DemoTimetable): DemoTimetable {
  return { ...timetable, cohort: { ...timetable.cohort, archived: true } };
}
