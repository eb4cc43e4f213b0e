import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { deleteDoc, doc } from 'firebase/firestore';
import { failed, Form, saved, SubmitButton } from '@/components/form';
import { formatLongDate, todayIso } from '@/lib/dates';
import { db } from '@/lib/firebase/firestore';
import type { WaitingEntry } from '@/lib/firestore/waiting-list-refs';
import { firstName } from '@/lib/names';
import { queryClient } from '@/lib/query-client';
import { useOfferSeat, useWaitingList, waitingListKeys } from '../api/waiting-list';

const nameOf = (entry: WaitingEntry) => entry.name || entry.email;
const deadline = (date: Date) => formatLongDate(todayIso(date));

/**
 * The cohort's waiting list in order. When a seat is free and someone waits, it says so and
 * offers the seat to the first person in one click; the server checks they are still first.
 */
export function WaitingList({ cohortId, freeSeats }: { cohortId: string; freeSeats: number }) {
  const { data: entries = [] } = useWaitingList(cohortId);
  const offer = useOfferSeat(cohortId);
  const takeOff = useMutation({
    mutationFn: (email: string) => deleteDoc(doc(db, 'cohorts', cohortId, 'waitingList', email)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: waitingListKeys.list(cohortId) }),
  });
  // Whom a seat was last offered to: its notice stays on screen once the seat is no longer free.
  const [offeredTo, setOfferedTo] = useState<string | null>(null);
  if (entries.length === 0) return null;
  const first = entries.find((entry) => !entry.offeredAt);
  const seatFree = first !== undefined && freeSeats > 0;

  async function handleOffer() {
    if (!first || !seatFree) {
      setOfferedTo(null);
      return undefined;
    }
    const answer = await offer.mutateAsync(first.email);
    if (answer.outcome === 'offered') setOfferedTo(first.email);
    switch (answer.outcome) {
      case 'offered':
        return saved(
          `The seat is offered to ${nameOf(first)} until ${deadline(new Date(answer.expiresAt))}. We are emailing them.`,
        );
      case 'no-seat':
        return failed('No seat is free any more: someone else has taken it.');
      case 'not-first':
      case 'already-invited':
        return failed(
          'The waiting list has changed since this page was drawn. It is up to date now; try again.',
        );
    }
  }

  return (
    <section aria-labelledby="waiting-heading">
      <h3 id="waiting-heading">Waiting list</h3>
      {(seatFree || offeredTo) && (
        <Form
          className="form seat-free"
          onSubmit={handleOffer}
          failure="The seat was not offered: the portal could not be reached. Try again."
          aria-label="A seat is free"
        >
          {seatFree ? (
            <>
              <p>
                <strong>A seat is free.</strong> {nameOf(first)} is first on the waiting list; the
                offer lasts 7 days, then passes to the next person.
              </p>
              <SubmitButton className="button small" pendingLabel="Offering…">
                Offer it to {firstName(first.name || first.email)}
              </SubmitButton>
            </>
          ) : (
            <SubmitButton className="button small secondary" pendingLabel="Closing…">
              Done
            </SubmitButton>
          )}
        </Form>
      )}
      <ol className="waiting-list" aria-label="Waiting list, in order">
        {entries.map((entry) => (
          <li key={entry.email}>
            {nameOf(entry)}
            {entry.name && <span className="hint"> {entry.email}</span>}
            {entry.organisation && <span className="hint"> · {entry.organisation}</span>}
            {entry.offerExpiresAt ? (
              <> · offered a seat until {deadline(entry.offerExpiresAt)}</>
            ) : (
              <>
                {' '}
                <button
                  type="button"
                  className="link-button danger"
                  disabled={takeOff.isPending}
                  onClick={() => takeOff.mutate(entry.email)}
                >
                  Take off the list<span className="visually-hidden"> {nameOf(entry)}</span>
                </button>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
