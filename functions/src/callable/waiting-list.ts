import {
  FieldValue,
  Timestamp,
  type DocumentReference,
  type DocumentSnapshot,
  type Transaction,
} from 'firebase-admin/firestore';
import {
  DETAIL_LIMIT,
  isEmailAddress,
  NAME_LIMIT,
  planImport,
  type CohortFacts,
  type PersonRow,
  type RowOutcome,
} from '@/lib/people-csv';
import { recordAudit } from '../audit/record';
import { openCohorts } from '../cohort-data';
import type { Services } from '../services';
import {
  invitationData,
  InviteRefused,
  isMember,
  requireInviter,
  takeSeat,
  type InvitationDetails,
} from './invite-participants';

// A full cohort keeps a waiting list, cohorts/{c}/waitingList/{email}, in the order people were
// added (`position`). A seat is offered by making the first person's invitation, which takes the
// seat like any other (decision 0024) and carries `offerExpiresAt`; an offer not taken up by then
// passes to the next person in the same transaction that withdraws it, so the seat stays counted.

export const OFFER_DAYS = 7;
export const MAX_ROWS = 100;

export type ImportResult = { row: number; email: string; name: string; outcome: RowOutcome };

/** The rows a caller sent, checked field by field: anything else is refused whole. */
export function readRows(given: unknown): PersonRow[] {
  const fields = ['email', 'name', 'organisation', 'jobTitle'] as const;
  if (
    !Array.isArray(given) ||
    given.length === 0 ||
    given.length > MAX_ROWS ||
    !given.every(
      (row: unknown) =>
        typeof row === 'object' &&
        row !== null &&
        Number.isInteger((row as Record<string, unknown>)['row']) &&
        fields.every((field) => {
          const value = (row as Record<string, unknown>)[field];
          return typeof value === 'string' && value.length <= 320;
        }),
    )
  ) {
    throw new InviteRefused(`Send between 1 and ${MAX_ROWS} people, each with an email address.`);
  }
  return (given as PersonRow[]).map(({ row, email, name, organisation, jobTitle }) => ({
    row,
    email: email.trim(),
    name: name.trim(),
    organisation: organisation.trim(),
    jobTitle: jobTitle.trim(),
  }));
}

const detailsOf = (person: PersonRow): InvitationDetails => ({
  name: person.name.slice(0, NAME_LIMIT),
  organisation: person.organisation.slice(0, DETAIL_LIMIT),
  jobTitle: person.jobTitle.slice(0, DETAIL_LIMIT),
});

const waitingRef = (cohortRef: DocumentReference, email: string) =>
  cohortRef.collection('waitingList').doc(email);

async function factsFor(
  services: Services,
  cohortRef: DocumentReference,
  emails: string[],
): Promise<CohortFacts> {
  const [cohort, invitations, waiting] = await Promise.all([
    cohortRef.get(),
    cohortRef.collection('invitations').get(),
    cohortRef.collection('waitingList').get(),
  ]);
  if (!cohort.exists || cohort.get('archived') === true) {
    throw new InviteRefused('This cohort is archived: nobody new can be invited.');
  }
  const members = new Set<string>();
  const addresses = [...new Set(emails.filter(isEmailAddress))];
  // Accounts are looked up a hundred at a time, the most getUsers takes.
  for (let start = 0; start < addresses.length; start += 100) {
    const { users } = await services.auth.getUsers(
      addresses.slice(start, start + 100).map((email) => ({ email })),
    );
    const memberships = await Promise.all(
      users.map((user) => cohortRef.collection('members').doc(user.uid).get()),
    );
    users.forEach((user, index) => {
      if (memberships[index]?.exists && user.email) members.add(user.email.toLowerCase());
    });
  }
  const invited = new Set(invitations.docs.map((doc) => doc.id));
  const waitingIds = new Set(waiting.docs.map((doc) => doc.id));
  return {
    freeSeats: (cohort.get('seatLimit') as number) - ((cohort.get('seatsTaken') as number) ?? 0),
    someoneWaiting: waiting.docs.some((doc) => !doc.get('offeredAt')),
    isMember: (email) => members.has(email),
    isInvited: (email) => invited.has(email),
    isWaiting: (email) => waitingIds.has(email),
  };
}

/** Adds one person at the end of the list; a second call finds them there and adds nothing. */
async function joinWaitingList(
  services: Services,
  cohortRef: DocumentReference,
  person: PersonRow,
  addedBy: string,
): Promise<'waiting-list' | 'already-waiting'> {
  const email = person.email.toLowerCase();
  return services.db.runTransaction(
    async (transaction) => {
      const entryRef = waitingRef(cohortRef, email);
      const [entry, last] = await Promise.all([
        transaction.get(entryRef),
        transaction.get(cohortRef.collection('waitingList').orderBy('position', 'desc').limit(1)),
      ]);
      if (entry.exists) return 'already-waiting';
      const given = Object.entries(detailsOf(person)).filter(([, value]) => value !== '');
      transaction.create(entryRef, {
        email,
        ...Object.fromEntries(given),
        position: ((last.docs[0]?.get('position') as number | undefined) ?? 0) + 1,
        addedBy,
        addedAt: FieldValue.serverTimestamp(),
      });
      return 'waiting-list';
    },
    { maxAttempts: 30 },
  );
}

/**
 * Says what importing these rows would do (`send` false) or does it: each "invite" takes a seat
 * in its own transaction, and a row whose seat went to someone else meanwhile joins the waiting
 * list instead, so the preview can be stale but the seats never are.
 */
export async function importPeople(
  services: Services,
  caller: { uid: string; admin: boolean },
  cohortId: string,
  people: PersonRow[],
  send: boolean,
): Promise<ImportResult[]> {
  const cohortRef = services.db.doc(`cohorts/${cohortId}`);
  await requireInviter(cohortRef, caller);
  const facts = await factsFor(
    services,
    cohortRef,
    people.map((person) => person.email.toLowerCase()),
  );
  const plan = planImport(people, facts);
  const results: ImportResult[] = [];
  for (const [index, person] of people.entries()) {
    const email = person.email.toLowerCase();
    let outcome = plan[index] ?? 'not-an-email';
    if (send && outcome === 'invite') {
      const taken = await takeSeat(services, cohortRef, email, caller.uid, detailsOf(person));
      if (taken === 'already-invited') outcome = 'already-invited';
      if (taken === 'no-seat') outcome = 'waiting-list';
    }
    if (send && outcome === 'waiting-list') {
      outcome = await joinWaitingList(services, cohortRef, person, caller.uid);
    }
    results.push({
      row: person.row,
      email: isEmailAddress(email) ? email : person.email,
      name: person.name,
      outcome,
    });
  }
  return results;
}

type Entry = DocumentSnapshot;

/** The people waiting, in order, who have not been offered a seat. */
async function queueIn(transaction: Transaction, cohortRef: DocumentReference): Promise<Entry[]> {
  const waiting = await transaction.get(cohortRef.collection('waitingList').orderBy('position'));
  return waiting.docs.filter((entry) => !entry.get('offeredAt'));
}

/** The invitation an offer makes, and the entry marked as offered, in the caller's transaction. */
function makeOffer(
  transaction: Transaction,
  cohortRef: DocumentReference,
  entry: Entry,
  offeredBy: string,
  expiresAt: Timestamp,
) {
  const details: InvitationDetails = {
    name: entry.get('name') as string | undefined,
    organisation: entry.get('organisation') as string | undefined,
    jobTitle: entry.get('jobTitle') as string | undefined,
    offerExpiresAt: expiresAt,
  };
  transaction.create(
    cohortRef.collection('invitations').doc(entry.id),
    invitationData(entry.id, offeredBy, details),
  );
  transaction.update(entry.ref, {
    offeredAt: FieldValue.serverTimestamp(),
    offerExpiresAt: expiresAt,
    offeredBy,
  });
}

export type OfferOutcome =
  | { outcome: 'offered'; expiresAt: string }
  | { outcome: 'not-first' | 'no-seat' | 'already-invited' };

const offerDeadline = (now: Date) => Timestamp.fromMillis(now.getTime() + OFFER_DAYS * 86_400_000);

/**
 * Offers a free seat to the first person waiting. The screen names whom it offers to, and the
 * offer goes only if that is still the first person and a seat is still free, so a double click
 * or two facilitators at once make one offer.
 */
export async function offerSeat(
  services: Services,
  caller: { uid: string; admin: boolean; label: string },
  cohortId: string,
  email: string,
): Promise<OfferOutcome> {
  const cohortRef = services.db.doc(`cohorts/${cohortId}`);
  await requireInviter(cohortRef, caller);
  const expiresAt = offerDeadline(services.now());
  return services.db.runTransaction(
    async (transaction): Promise<OfferOutcome> => {
      const [cohort, queue] = await Promise.all([
        transaction.get(cohortRef),
        queueIn(transaction, cohortRef),
      ]);
      if (!cohort.exists || cohort.get('archived') === true) {
        throw new InviteRefused('This cohort is archived: nobody new can be invited.');
      }
      const first = queue[0];
      if (!first || first.id !== email) return { outcome: 'not-first' };
      const invitation = await transaction.get(cohortRef.collection('invitations').doc(email));
      if (invitation.exists) return { outcome: 'already-invited' };
      const taken = (cohort.get('seatsTaken') as number | undefined) ?? 0;
      if (taken >= (cohort.get('seatLimit') as number)) return { outcome: 'no-seat' };
      makeOffer(transaction, cohortRef, first, caller.uid, expiresAt);
      transaction.update(cohortRef, { seatsTaken: taken + 1 });
      void recordAudit(
        services.db,
        {
          action: 'waiting-list.offer',
          actor: { uid: caller.uid, label: caller.label },
          cohortId,
          target: { label: String(first.get('name') || email) },
          detail: { offerDays: OFFER_DAYS },
        },
        transaction,
      );
      return { outcome: 'offered', expiresAt: expiresAt.toDate().toISOString() };
    },
    { maxAttempts: 30 },
  );
}

/**
 * Ends one offer whose deadline has passed: the invitation goes and the seat passes to the next
 * person waiting, or is freed if nobody is. An offer already taken up or withdrawn only leaves
 * the list. Every read is repeated inside the transaction, so a second run changes nothing.
 */
async function passExpiredOffer(
  services: Services,
  cohortRef: DocumentReference,
  entryRef: DocumentReference,
): Promise<'passed' | 'freed' | 'settled' | 'not-due'> {
  const now = services.now();
  return services.db.runTransaction(
    async (transaction) => {
      const entry = await transaction.get(entryRef);
      const deadline = entry.get('offerExpiresAt') as Timestamp | undefined;
      if (!entry.exists || !deadline || deadline.toMillis() > now.getTime()) return 'not-due';
      const invitationRef = cohortRef.collection('invitations').doc(entry.id);
      const [invitation, queue] = await Promise.all([
        transaction.get(invitationRef),
        queueIn(transaction, cohortRef),
      ]);
      const offered = invitation.get('offerExpiresAt') as Timestamp | undefined;
      if (!invitation.exists || !offered?.isEqual(deadline)) {
        transaction.delete(entryRef);
        return 'settled';
      }
      // The next person with no invitation of their own, read before anything is written.
      let next: Entry | undefined;
      for (const candidate of queue) {
        if (
          !(await transaction.get(cohortRef.collection('invitations').doc(candidate.id))).exists
        ) {
          next = candidate;
          break;
        }
      }
      transaction.delete(invitationRef);
      transaction.delete(entryRef);
      if (next) {
        makeOffer(transaction, cohortRef, next, String(entry.get('offeredBy')), offerDeadline(now));
        return 'passed';
      }
      transaction.update(cohortRef, { seatsTaken: FieldValue.increment(-1) });
      return 'freed';
    },
    { maxAttempts: 30 },
  );
}

/** The morning job's part: every offer past its deadline, in every open cohort. */
export async function passExpiredOffers(services: Services): Promise<number> {
  let passed = 0;
  const now = Timestamp.fromDate(services.now());
  for (const cohort of await openCohorts(services)) {
    const cohortRef = services.db.doc(`cohorts/${cohort.id}`);
    const due = await cohortRef.collection('waitingList').where('offerExpiresAt', '<=', now).get();
    for (const entry of due.docs) {
      const outcome = await passExpiredOffer(services, cohortRef, entry.ref);
      if (outcome === 'passed' || outcome === 'freed') passed += 1;
    }
  }
  return passed;
}

/**
 * Once an invitation is gone, its person leaves the waiting list if it was their offer (they
 * joined, or it was withdrawn) or if they joined by another invitation: a member still waiting
 * would be offered a seat they cannot take. Run by a trigger, so it is safe to run twice.
 */
export async function settleOffer(services: Services, cohortId: string, email: string) {
  const cohortRef = services.db.doc(`cohorts/${cohortId}`);
  const entryRef = waitingRef(cohortRef, email);
  const joined = await isMember(services, cohortId, email);
  await services.db.runTransaction(async (transaction) => {
    const [entry, invitation] = await Promise.all([
      transaction.get(entryRef),
      transaction.get(cohortRef.collection('invitations').doc(email)),
    ]);
    if (!entry.exists || invitation.exists) return;
    if (entry.get('offeredAt') || joined) transaction.delete(entryRef);
  });
}
