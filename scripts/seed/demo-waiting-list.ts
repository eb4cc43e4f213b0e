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

/**
 * The id sendInvitation claims in the mail ledger for an invitation's first email
 * (functions/src/mail/ledger.ts `ledgerId`, with the occasion `first-<createdAt>` that the
 * invitationEmail trigger in functions/src/index.ts names it by).
 */
export const firstInvitationLedgerId = (cohortId: string, email: string, createdAt: Timestamp) =>
  ['invitation', cohortId, email, `first-${createdAt.toMillis()}`].join('__');

export function cohortAWaitingList(today: string = todayIso()): DemoDocument[] {
  const base = `cohorts/${cohortA.id}`;
  const facilitator = cohortA.facilitators[0]?.uid ?? '';
  const daysAgo = (days: number, time: string) =>
    Timestamp.fromDate(londonInstant(addDaysIso(today, -days), time));
  return [
    // Each invitation's email went out when it was made, and its ledger entry says so, in the same
    // batch: the invitationEmail trigger that every reseed sets off then finds the email sent and
    // sends nothing, so tests that reseed often neither fill the mail catcher nor queue behind it.
    ...cohortAInvitees.flatMap((invitee, index) => {
      const email = addressOf(invitee);
      const createdAt = daysAgo(9 - index, '10:15');
      const sentAt = daysAgo(9 - index, '10:16');
      return [
        {
          path: `${base}/invitations/${email}`,
          data: {
            email,
            role: 'participant',
            invitedBy: facilitator,
            createdAt,
            sentAt,
            ...invitee,
          },
        },
        {
          path: `mailLedger/${firstInvitationLedgerId(cohortA.id, email, createdAt)}`,
          // As deliver() leaves an entry it sent. Nothing reads a sent email's words, so none are kept.
          data: {
            kind: 'invitation',
            recipientUid: null,
            message: { to: email, subject: `You are invited to join ${cohortA.name}` },
            status: 'sent',
            attempts: 1,
            createdAt,
            lastAttemptAt: sentAt,
            sentAt,
            nextAttemptAt: null,
          },
        },
      ];
    }),
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
