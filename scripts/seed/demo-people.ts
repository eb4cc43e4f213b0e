// Fictional people and organisations for the demo cohorts. Any likeness to real people is accidental.
export const DEMO_PASSWORD = 'LeadTogether-2027';
export const DEMO_PROJECT_ID = 'demo-leadership-portal';

export type DemoPerson = {
  uid: string;
  email: string;
  displayName: string;
  jobTitle: string;
  organisation: string;
};

const person = (
  uid: string,
  displayName: string,
  jobTitle: string,
  organisation: string,
): DemoPerson => ({
  uid,
  email: `${displayName
    .toLowerCase()
    .replace(/^dr /, '')
    .replace(/[^a-z]+/g, '.')}@example.org`,
  displayName,
  jobTitle,
  organisation,
});

export const programmeAdmin = person(
  'admin-sam',
  'Sam Whitfield',
  'Programme manager',
  'Programme team',
);

/**
 * Sam's second factor: the programme team's powers need a sign-in with a texted code. A number
 * from Ofcom's range for drama, so it can never reach a real phone; the Auth emulator keeps the
 * codes it "texts" at its verificationCodes address.
 */
export const programmeAdminPhone = '+447700900123';

export const cohortA = {
  id: 'cohort-spring-2027',
  name: 'Collaborative leadership — spring 2027',
  facilitators: [
    person('fac-helen', 'Dr Helen Marsh', 'Programme director', 'Programme team'),
    person('fac-tom', 'Tom Garside', 'Leadership associate', 'Programme team'),
  ],
  participants: [
    person(
      'p-amara',
      'Amara Okafor',
      'Director of Operations',
      'Northvale Hospitals NHS Foundation Trust',
    ),
    person(
      'p-gareth',
      'Gareth Pryce',
      'Chief Operating Officer',
      'Eastmoor Clinical Commissioning Group',
    ),
    person('p-sunita', 'Sunita Bhatt', 'Director of Adult Social Care', 'Rivermouth City Council'),
    person(
      'p-ewan',
      'Ewan McAllister',
      'Chief Executive',
      'Harbourside Community Voluntary Services',
    ),
    person(
      'p-joanne',
      'Joanne Whitaker',
      'Director of Strategy',
      'Northvale and Eastmoor Integrated Care Board',
    ),
    person(
      'p-kwame',
      'Dr Kwame Mensah',
      'Clinical Lead for Primary Care',
      'Westfield Place Partnership',
    ),
    person('p-rachel', 'Rachel Donnelly', 'Head of Partnerships', 'Rivermouth City Council'),
    person(
      'p-imran',
      'Imran Sheikh',
      'Deputy Director of Transformation',
      'Southdown Community Health NHS Trust',
    ),
    person('p-lucy', 'Lucy Fenwick', 'Chair', 'Eastmoor Clinical Commissioning Group'),
    person('p-owen', 'Owen Price', 'Director of Public Health', 'Westfield Borough Council'),
    person(
      'p-grace',
      'Grace Adeyemi',
      'Associate Director of Nursing',
      'Northvale Mental Health NHS Trust',
    ),
    person(
      'p-martin',
      'Martin Hale',
      'Programme Director, Ageing Well',
      'Northvale and Eastmoor Integrated Care Board',
    ),
  ],
};

export const cohortB = {
  id: 'cohort-autumn-2026',
  name: 'Collaborative leadership — autumn 2026',
  facilitators: [person('fac-priya', 'Priya Raman', 'Programme director', 'Programme team')],
  participants: [
    person('pb-dylan', 'Dylan Roberts', 'Director of Housing', 'Greystone District Council'),
    person(
      'pb-fiona',
      'Fiona Campbell',
      'Director of Community Services',
      'Greystone Health and Care NHS Trust',
    ),
    person('pb-hassan', 'Hassan Ali', 'Chief Executive', 'Greystone Carers Network'),
    person('pb-megan', 'Megan Lloyd', 'Place Director', 'Greystone Integrated Care Board'),
  ],
};

/** A cohort that finished a year ago: its alumni are the network's longest-standing members. */
export const alumniCohort = {
  id: 'cohort-autumn-2025',
  name: 'Collaborative leadership — autumn 2025',
  facilitators: [person('fac-ruth', 'Ruth Adebayo', 'Programme director', 'Programme team')],
  participants: [
    person(
      'al-bernadette',
      'Bernadette Kelly',
      'Director of Nursing',
      'Calderbrook Teaching Hospitals NHS Trust',
    ),
    person('al-callum', 'Callum Fraser', 'Director of Public Health', 'Kingsmere County Council'),
    person('al-deborah', 'Deborah Osei', 'Chief Executive', 'Kingsmere Voluntary Action'),
    person(
      'al-imran',
      'Imran Chaudhry',
      'Director of Strategy',
      'Calderbrook Integrated Care Board',
    ),
    person(
      'al-joanna',
      'Joanna Whitley',
      'Assistant Director, Children’s Services',
      'Harlow Vale Council',
    ),
    person('al-kwabena', 'Kwabena Asante', 'Clinical Director', 'Fernhill Primary Care Network'),
    person(
      'al-lucy',
      'Lucy Hartmann',
      'Head of Partnerships',
      'Southbay Community Health NHS Trust',
    ),
    person(
      'al-martin',
      'Martin Doyle',
      'Director of Housing and Communities',
      'Southbay Borough Council',
    ),
    person(
      'al-nadia',
      'Nadia Rahman',
      'Director of Transformation',
      'Northmoor Mental Health NHS Trust',
    ),
    person('al-owen', 'Owen Griffiths', 'Chief Officer', 'Harlow Vale Carers Trust'),
  ],
};

/**
 * The one cohort of the second demo programme: a programme of its own, with its own facilitator,
 * to show that two programmes live side by side and neither reads the other.
 */
export const publicHealthCohort = {
  id: 'cohort-public-health-spring-2027',
  name: 'Leading across systems: public health — spring 2027',
  facilitators: [person('fac-tomasz', 'Tomasz Nowak', 'Programme director', 'Programme team')],
  participants: [
    person('ph-grace', 'Grace Okafor', 'Consultant in Public Health', 'Kingsmere County Council'),
    person('ph-rhys', 'Rhys Morgan', 'Head of Health Improvement', 'Greystone District Council'),
  ],
};

/** Someone with an account but no cohort, to show the "how to join" page. */
export const personWithoutCohort = person(
  'no-cohort-alex',
  'Alex Turner',
  'Service Manager',
  'Eastmoor Hospice',
);

export const everyDemoPerson: DemoPerson[] = [
  programmeAdmin,
  ...cohortA.facilitators,
  ...cohortA.participants,
  ...cohortB.facilitators,
  ...cohortB.participants,
  ...alumniCohort.facilitators,
  ...alumniCohort.participants,
  ...publicHealthCohort.facilitators,
  ...publicHealthCohort.participants,
  personWithoutCohort,
];

/** The membership document for a demo person: role plus what cohort-mates may see of them. */
export function membershipOf(person: DemoPerson, role: 'participant' | 'facilitator') {
  return {
    uid: person.uid,
    role,
    displayName: person.displayName,
    organisation: person.organisation,
    jobTitle: person.jobTitle,
  };
}
