import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { formatLongDate } from '@/lib/dates';
import type { Member } from '@/lib/firestore/schemas';

type CohortAdminCardProps = {
  cohort: { cohortId: string; name: string; startDate: string; archived: boolean };
  facilitators: Member[];
  cohortPath: string;
  onInviteFacilitator: (email: string) => Promise<unknown>;
  onRemoveFacilitator: (uid: string) => Promise<unknown>;
  onArchive: (archived: boolean) => Promise<unknown>;
};

export function CohortAdminCard({
  cohort,
  facilitators,
  cohortPath,
  onInviteFacilitator,
  onRemoveFacilitator,
  onArchive,
}: CohortAdminCardProps) {
  const [email, setEmail] = useState('');
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const inputId = `facilitator-${cohort.cohortId}`;

  async function act(change: () => Promise<unknown>, done: string) {
    try {
      await change();
      setMessage({ tone: 'success', text: done });
    } catch (error) {
      setMessage({
        tone: 'error',
        text: error instanceof Error ? error.message : 'The change could not be made.',
      });
    }
  }

  async function handleInvite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.trim())) {
      setMessage({ tone: 'error', text: 'Enter the facilitator’s email address.' });
      return;
    }
    try {
      await onInviteFacilitator(email);
      setMessage({
        tone: 'success',
        text: `Invited ${email.trim()} as a facilitator. They join when they next sign in.`,
      });
      setEmail('');
    } catch (error) {
      setMessage({
        tone: 'error',
        text: error instanceof Error ? error.message : 'The invitation could not be sent.',
      });
    }
  }

  return (
    <li className="card">
      <h2>
        <Link to={cohortPath}>{cohort.name}</Link>
      </h2>
      <p className="hint">
        Starts {formatLongDate(cohort.startDate)}
        {cohort.archived ? ' · archived, read-only' : ''}
      </p>
      <h3>Facilitators</h3>
      {facilitators.length === 0 ? (
        <p className="hint">None yet.</p>
      ) : (
        <ul className="plain-list">
          {facilitators.map((person) => (
            <li key={person.uid}>
              {person.displayName}{' '}
              <button
                type="button"
                className="link-button danger"
                onClick={() =>
                  void act(
                    () => onRemoveFacilitator(person.uid),
                    `${person.displayName} is no longer a facilitator of this cohort.`,
                  )
                }
              >
                Remove<span className="visually-hidden"> {person.displayName} as facilitator</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      {cohort.archived ? (
        <p>
          <button
            type="button"
            className="button secondary small"
            onClick={() =>
              void act(
                () => onArchive(false),
                `“${cohort.name}” is open again: its members can change things in it.`,
              )
            }
          >
            Unarchive this cohort
          </button>
        </p>
      ) : (
        <>
          <form className="form" onSubmit={handleInvite} noValidate>
            <div className="field">
              <label htmlFor={inputId}>Appoint a facilitator by email</label>
              <div className="inline-field">
                <input
                  id={inputId}
                  type="email"
                  value={email}
                  onChange={(e) => setEmail(e.target.value)}
                />
                <button type="submit" className="button small">
                  Appoint
                </button>
              </div>
            </div>
          </form>
          <p>
            <button
              type="button"
              className="button secondary small danger"
              onClick={() => {
                if (
                  window.confirm(
                    `Archive “${cohort.name}”? It becomes read-only for everyone in it.`,
                  )
                )
                  void act(
                    () => onArchive(true),
                    `“${cohort.name}” is archived: read-only for everyone in it.`,
                  );
              }}
            >
              Archive this cohort
            </button>
          </p>
        </>
      )}
    </li>
  );
}
