import { expect, it } from 'vitest';
import { cohortA, everyDemoPerson } from '../../scripts/seed/demo-people';
import { demoTimetables } from '../../scripts/seed/demo-programme';
import type { Timestamp } from 'firebase-admin/firestore';
import {
  cohortAInvitees,
  cohortAWaitingList,
  firstInvitationLedgerId,
} from '../../scripts/seed/demo-waiting-list';

const documents = cohortAWaitingList('2027-03-01');
const under = (collection: string) =>
  documents.filter(({ path }) => path.startsWith(`cohorts/${cohortA.id}/${collection}/`));
const people = [...under('invitations'), ...under('waitingList')];

it('cohort A is seeded full: participants and pending invitations take every seat', () => {
  expect(cohortA.participants.length + cohortAInvitees.length).toBe(
    demoTimetables('2027-03-01').a.cohort.seatLimit,
  );
  expect(under('invitations')).toHaveLength(cohortAInvitees.length);
});

it('two people wait for a seat in cohort A, in order, with what the screen shows of them', () => {
  const waiting = under('waitingList').map(({ data }) => data);
  expect(waiting.map((entry) => entry['position'])).toEqual([1, 2]);
  for (const entry of waiting) {
    expect(entry).toMatchObject({
      name: expect.any(String),
      organisation: expect.any(String),
      jobTitle: expect.any(String),
    });
  }
  const [first, second] = waiting.map((entry) =>
    (entry['addedAt'] as { toMillis(): number }).toMillis(),
  );
  expect(first).toBeLessThan(second!);
});

it('nobody invited or waiting is already a demo person, and no address is used twice', () => {
  const addresses = people.map(({ path }) => path.split('/').at(-1));
  const known = new Set(everyDemoPerson.map((person) => person.email));
  expect(new Set(addresses).size).toBe(addresses.length);
  expect(addresses.filter((address) => known.has(address ?? ''))).toEqual([]);
  for (const { path, data } of people)
    expect(path.endsWith(`/${String(data['email'])}`)).toBe(true);
});

it('each invitation comes with its first email already sent, and nothing else is in the ledger', () => {
  const ledger = documents.filter(({ path }) => path.startsWith('mailLedger/'));
  expect(people.length + ledger.length).toBe(documents.length);
  expect(ledger.map(({ path }) => path).sort()).toEqual(
    under('invitations')
      .map(({ data }) => {
        const id = firstInvitationLedgerId(
          cohortA.id,
          data['email'] as string,
          data['createdAt'] as Timestamp,
        );
        return `mailLedger/${id}`;
      })
      .sort(),
  );
  for (const { data } of ledger) expect(data).toMatchObject({ kind: 'invitation', status: 'sent' });
});
