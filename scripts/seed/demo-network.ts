// The national network as it might look a year in: most alumni, about half of each current cohort.
import {
  cohortLabel,
  tagInCohort,
  type NetworkOpenTo,
  type NetworkPostKind,
} from '../../src/lib/firestore/network-vocabulary.ts';
import type { DemoDocument } from './demo-content.ts';
import { alumniCohort, cohortA, cohortB, type DemoPerson } from './demo-people.ts';

type DemoCohortRef = { id: string; name: string };

export type NetworkDetails = {
  sector: string;
  region: string;
  tags: string[];
  openTo: NetworkOpenTo[];
  showEmail?: boolean;
};

/** A profile as the join form writes it, without its two times. */
export function networkProfileOf(
  person: DemoPerson,
  cohorts: DemoCohortRef[],
  details: NetworkDetails,
) {
  const tags = details.tags.map((tag) => tag.toLowerCase());
  return {
    uid: person.uid,
    displayName: person.displayName,
    nameLower: person.displayName.toLowerCase(),
    organisation: person.organisation,
    jobTitle: person.jobTitle,
    sector: details.sector,
    region: details.region,
    tags,
    openTo: details.openTo,
    contactEmail: details.showEmail ? person.email : '',
    cohortIds: cohorts.map((c) => c.id),
    cohortLabels: Object.fromEntries(cohorts.map((c) => [c.id, cohortLabel(c.name)])),
    tagCohorts: cohorts.flatMap((c) => tags.map((tag) => tagInCohort(tag, c.id))),
  };
}

type DemoCohort = {
  id: string;
  name: string;
  participants: DemoPerson[];
  facilitators: DemoPerson[];
};

const byUid = (cohort: DemoCohort, uid: string) => {
  const found = [...cohort.facilitators, ...cohort.participants].find((p) => p.uid === uid);
  if (!found) throw new Error(`No demo person ${uid}`);
  return found;
};

const NHS = 'NHS provider';
const ICB = 'Integrated care board or commissioner';
const COUNCIL = 'Local government';
const VCS = 'Voluntary and community sector';

const members: [DemoCohort, string, NetworkDetails][] = [
  [
    alumniCohort,
    'al-bernadette',
    {
      sector: NHS,
      region: 'West Yorkshire',
      tags: ['Workforce', 'Working across organisations'],
      openTo: ['conversations', 'mentoring'],
      showEmail: true,
    },
  ],
  [
    alumniCohort,
    'al-callum',
    {
      sector: COUNCIL,
      region: 'Greater Manchester',
      tags: ['Health inequalities', 'Prevention'],
      openTo: ['conversations', 'visits'],
    },
  ],
  [
    alumniCohort,
    'al-deborah',
    {
      sector: VCS,
      region: 'Greater Manchester',
      tags: ['Place-based leadership', 'Co-production'],
      openTo: ['mentoring', 'joint-work'],
      showEmail: true,
    },
  ],
  [
    alumniCohort,
    'al-imran',
    {
      sector: ICB,
      region: 'West Yorkshire',
      tags: ['Integrated care', 'Power and decision-making'],
      openTo: ['conversations'],
    },
  ],
  [
    alumniCohort,
    'al-joanna',
    {
      sector: COUNCIL,
      region: 'Hertfordshire and West Essex',
      tags: ['Shared purpose', 'Workforce'],
      openTo: ['conversations', 'visits'],
    },
  ],
  [
    alumniCohort,
    'al-kwabena',
    {
      sector: NHS,
      region: 'South East London',
      tags: ['Integrated care', 'Health inequalities'],
      openTo: ['mentoring'],
    },
  ],
  [
    alumniCohort,
    'al-lucy',
    {
      sector: NHS,
      region: 'Sussex',
      tags: ['Collective impact', 'Dialogue'],
      openTo: ['conversations', 'joint-work'],
    },
  ],
  [
    alumniCohort,
    'al-martin',
    {
      sector: COUNCIL,
      region: 'Sussex',
      tags: ['Workforce', 'Housing'],
      openTo: ['visits', 'joint-work'],
      showEmail: true,
    },
  ],
  [
    cohortA,
    'fac-helen',
    {
      sector: 'Other',
      region: 'Other, or outside England',
      tags: ['Dialogue', 'Collective impact'],
      openTo: ['mentoring'],
    },
  ],
  [
    cohortA,
    'p-amara',
    {
      sector: NHS,
      region: 'Leicester, Leicestershire and Rutland',
      tags: ['Working across organisations', 'Workforce'],
      openTo: ['conversations', 'visits'],
    },
  ],
  [
    cohortA,
    'p-sunita',
    {
      sector: COUNCIL,
      region: 'Leicester, Leicestershire and Rutland',
      tags: ['Place-based leadership', 'Prevention'],
      openTo: ['conversations'],
    },
  ],
  [
    cohortA,
    'p-ewan',
    {
      sector: VCS,
      region: 'North East and North Cumbria',
      tags: ['Collective impact'],
      openTo: ['joint-work'],
    },
  ],
  [
    cohortA,
    'p-kwame',
    {
      sector: NHS,
      region: 'Nottingham and Nottinghamshire',
      tags: ['Integrated care', 'Prevention'],
      openTo: ['conversations', 'mentoring'],
    },
  ],
  [
    cohortA,
    'p-rachel',
    {
      sector: COUNCIL,
      region: 'Leicester, Leicestershire and Rutland',
      tags: ['Shared purpose'],
      openTo: ['visits'],
      showEmail: true,
    },
  ],
  [
    cohortA,
    'p-owen',
    {
      sector: COUNCIL,
      region: 'Nottingham and Nottinghamshire',
      tags: ['Health inequalities', 'Prevention'],
      openTo: ['conversations', 'joint-work'],
    },
  ],
  [
    cohortB,
    'fac-priya',
    {
      sector: 'Other',
      region: 'Other, or outside England',
      tags: ['Power and decision-making'],
      openTo: ['mentoring'],
    },
  ],
  [
    cohortB,
    'pb-dylan',
    {
      sector: COUNCIL,
      region: 'Cheshire and Merseyside',
      tags: ['Housing', 'Health inequalities'],
      openTo: ['conversations', 'visits'],
    },
  ],
  [
    cohortB,
    'pb-hassan',
    {
      sector: VCS,
      region: 'Cheshire and Merseyside',
      tags: ['Co-production', 'Workforce'],
      openTo: ['conversations', 'mentoring'],
      showEmail: true,
    },
  ],
];

type DemoPost = {
  id: string;
  authorUid: string;
  kind: NetworkPostKind;
  title: string;
  body: string;
  tags: string[];
  daysAgo: number;
  replies: { authorUid: string; body: string; hoursLater: number }[];
};

const posts: DemoPost[] = [
  {
    id: 'post-joint-workforce-plan',
    authorUid: 'p-sunita',
    kind: 'ask',
    title: 'Has anyone agreed a joint workforce plan with their council?',
    body: 'We are starting one between the trust, the council and two care providers. What did you agree first, and what would you leave until later?',
    tags: ['workforce', 'working across organisations'],
    daysAgo: 3,
    replies: [
      {
        authorUid: 'al-bernadette',
        body: 'We began with shared vacancies data and one recruitment campaign; pay came much later. Happy to talk it through.',
        hoursLater: 5,
      },
      {
        authorUid: 'al-martin',
        body: 'Start with the roles that cross the boundary already: reablement and discharge.',
        hoursLater: 20,
      },
    ],
  },
  {
    id: 'post-visit-neighbourhood-team',
    authorUid: 'al-deborah',
    kind: 'offer',
    title: 'Visit our neighbourhood team in Salford',
    body: 'Our integrated neighbourhood team (council, GP practices and the voluntary sector in one building) hosts visits on the first Thursday of the month. Bring a colleague from another organisation.',
    tags: ['place-based leadership', 'co-production'],
    daysAgo: 9,
    replies: [
      {
        authorUid: 'pb-hassan',
        body: 'Thank you. Two of us would love to come in March.',
        hoursLater: 30,
      },
    ],
  },
  {
    id: 'post-inequalities-data',
    authorUid: 'pb-dylan',
    kind: 'ask',
    title: 'Sharing housing data with the ICB to target inequalities: how did you do it?',
    body: 'We want to link housing conditions with hospital admissions for respiratory illness. Who has an information-sharing agreement that worked?',
    tags: ['health inequalities', 'housing'],
    daysAgo: 14,
    replies: [
      {
        authorUid: 'al-callum',
        body: 'Ours took four months; the public health team held the pen. I can share the template.',
        hoursLater: 8,
      },
    ],
  },
  {
    id: 'post-mentoring-offer',
    authorUid: 'al-kwabena',
    kind: 'offer',
    title: 'Mentoring for clinicians moving into system roles',
    body: 'I moved from a practice into a system role last year and would gladly mentor one or two people making the same move.',
    tags: ['integrated care'],
    daysAgo: 21,
    replies: [],
  },
];

/** Every network document of the demo, its times placed before `now`. */
export function demoNetwork(now: Date = new Date()): DemoDocument[] {
  const cohortList: DemoDocument = {
    path: 'networkCohorts/all',
    data: {
      labels: Object.fromEntries(
        [alumniCohort, cohortA, cohortB].map((c) => [c.id, cohortLabel(c.name)]),
      ),
    },
  };
  const ago = (days: number, hours = 0) =>
    new Date(now.getTime() - (days * 24 - hours) * 3_600_000);
  const docs: DemoDocument[] = [cohortList];
  docs.push(
    ...members.map(([cohort, uid, details], index) => ({
      path: `networkProfiles/${uid}`,
      data: {
        ...networkProfileOf(byUid(cohort, uid), [cohort], details),
        joinedAt: ago(60 - index),
        updatedAt: ago(60 - index),
      },
    })),
  );
  for (const post of posts) {
    const createdAt = ago(post.daysAgo);
    docs.push({
      path: `networkPosts/${post.id}`,
      data: {
        authorUid: post.authorUid,
        kind: post.kind,
        title: post.title,
        body: post.body,
        tags: post.tags,
        hidden: false,
        hiddenReason: '',
        createdAt,
        updatedAt: createdAt,
      },
    });
    post.replies.forEach((reply, index) => {
      const at = ago(post.daysAgo, reply.hoursLater);
      docs.push({
        path: `networkPosts/${post.id}/replies/reply-${index + 1}`,
        data: {
          authorUid: reply.authorUid,
          body: reply.body,
          hidden: false,
          hiddenReason: '',
          createdAt: at,
          updatedAt: at,
        },
      });
    });
  }
  return docs;
}

/** Who the demo puts in the network, for tests that need one member or one outsider. */
export const demoNetworkMemberUids = members.map(([, uid]) => uid);
