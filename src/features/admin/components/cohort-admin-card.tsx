import { useState } from 'react';
import { Link } from 'react-router';
import { sayable } from '@/components/errors/sayable';
import { Field, Form, SubmitButton, failed, invalid, saved } from '@/components/form';
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
  // Removing and archiving speak above the form: the buttons they would sit beside go away.
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  // Remounting the invitation form clears its notice, so only the latest change speaks.
  const [changes, setChanges] = useState(0);
  const inputId = `facilitator-${cohort.cohortId}`;

  async function act(change: () => Promise<unknown>, done: string) {
    setChanges((n) => n + 1);
    try {
      await change();
      setMessage({ tone: 'success', text: done });
    } catch (error) {
      setMessage({
        tone: 'error',
        text: sayable(error, 'The change could not be made.'),
      });
    }
  }

  async function handleInvite() {
    setMessage(null);
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.trim())) {
      return invalid({ [inputId]: 'Enter the facilitator’s email address.' });
    }
    try {
      await onInviteFacilitator(email);
    } catch (error) {
      return failed(sayable(error, 'The invitation could not be sent.'));
    }
    setEmail('');
    return saved(`Invited ${email.trim()} as a facilitator. They join when they next sign in.`);
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
          <Form key={changes} onSubmit={handleInvite} failure="The invitation could not be sent.">
            <Field id={inputId} label="Appoint a facilitator by email">
              {(control) => (
                <div className="inline-field">
                  <input
                    {...control}
                    type="email"
                    value={email}
                    onChange={(e) => setEmail(e.target.value)}
                  />
                  <SubmitButton className="button small" pendingLabel="Appointing…">
                    Appoint
                  </SubmitButton>
                </div>
              )}
            </Field>
          </Form>
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
