import { expect, it } from 'vitest';
import { everyDemoPerson } from '../../scripts/seed/demo-people';

it('every demo person has an address and an id of their own, so the seed can create them all', () => {
  const emails = everyDemoPerson.map((person) => person.email);
  const uids = everyDemoPerson.map((person) => person.uid);
  expect(new Set(emails).size).toBe(emails.length);
  expect(new Set(uids).size).toBe(uids.length);
});
