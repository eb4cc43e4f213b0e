// Cohort A is full: its twelve participants and four people invited but not yet signed up take all
// sixteen seats (decision 0024 counts both), and two more wait for a seat, in the order they were
// added. The invitees and the people waiting have no accounts: they have not signed up yet.
import { Timestamp } from 'firebase-admin/firestore';
import { addDaysIso, londonInstant, todayIso } from '../../src/lib/dates/index.ts';
import type { DemoDocument } from './demo-content.ts';
import { cohortA } from './demo-people.ts';

type Invitee = { name: string; jobTitle: string; organisation: string };

const addressOf = ({ name }: Invitee) =>
  `${name
    .toLowerCase()
    .replace(/^dr /, '')
    .replace(/[^a-z]+/g, '.')}@example.org`;

export const cohortAInvitees: Invitee[] = [
  {
    name: 'Fiona Castellan',
    jobTitle: 'Head of Integrated Discharge',
    organisation: 'Northvale Hospitals NHS Foundation Trust',
  },
  {
    name: 'Daniel Osei',
    jobTitle: 'Housing Services Manager',
    organisation: 'Westfield Borough Council',
  },
  {
    name: 'Megan Llewellyn',
    jobTitle: 'Chief Officer',
    organisation: 'Rivermouth Carers’ Network',
  },
  {
    name: 'Dr Farah Qureshi',
    jobTitle: 'Consultant Geriatrician',
    organisation: 'Southdown Community Health NHS Trust',
  },
];

export const cohortAWaiting: Invitee[] = [
  {
    name: 'Niall Brennan',
    jobTitle: 'Neighbourhood Team Lead',
    organisation: 'Eastmoor Primary Care Network',
  },
  {
    name: 'Ruby Thornton',
    jobTitle: 'Director of Services',
    organisation: 'Harbourside Community Voluntary Services',
  },
];

export function cohortAWaitingList(today: string = todayIso()): DemoDocument[] {
  const base = `cohorts/${cohortA.id}`;
  const facilitator = cohortA.facilitators[0]?.uid ?? '';
  const daysAgo = (days: number, time: string) =>
    Timestamp.fromDate(londonInstant(addDaysIso(today, -days), time));
  return [
    ...cohortAInvitees.map((invitee, index) => ({
      path: `${base}/invitations/${addressOf(invitee)}`,
      data: {
        email: addressOf(invitee),
        role: 'participant',
        invitedBy: facilitator,
        createdAt: daysAgo(9 - index, '10:15'),
        ...invitee,
      },
    })),
    ...cohortAWaiting.map((person, index) => ({
      path: `${base}/waitingList/${addressOf(person)}`,
      data: {
        email: addressOf(person),
        ...person,
        position: index + 1,
        addedBy: facilitator,
        addedAt: daysAgo(4 - index, '14:30'),
      },
    })),
  ];
}
