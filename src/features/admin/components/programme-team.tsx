import { useState } from 'react';
import { Field, Form, SubmitButton, failed, invalid, saved } from '@/components/form';
import { sayable } from '@/components/errors/sayable';
import { Alert } from '@/components/ui/alert';
import { useChangeProgrammeTeam, useProgrammeTeam } from '../api/programme-team';
import { useRecentSignIn } from './confirm-password-dialog';

const takesEffect =
  'It takes effect the next time their sign-in refreshes: within the hour, or at once if they sign out and in again.';

/** Who may run the programme (the admin claim): add by email, remove, never the last one. */
export function ProgrammeTeam({ myUid }: { myUid: string }) {
  const team = useProgrammeTeam();
  const change = useChangeProgrammeTeam();
  const recentSignIn = useRecentSignIn();
  const [email, setEmail] = useState('');
  // A removal's message stays at the top: the Remove button it would sit beside goes with its row.
  const [removal, setRemoval] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  // Remounting the add form clears its notice, so only the latest change speaks.
  const [removals, setRemovals] = useState(0);

  const changed = (address: string, member: boolean) =>
    `${address} is ${member ? 'now on' : 'no longer on'} the programme team. ${takesEffect}`;
  const refusal = (error: unknown) => sayable(error, 'The change could not be made.');

  async function remove(address: string) {
    setRemovals((n) => n + 1);
    try {
      await recentSignIn.run(() => change.mutateAsync({ email: address, member: false }));
      setRemoval({ tone: 'success', text: changed(address, false) });
    } catch (error) {
      setRemoval({ tone: 'error', text: refusal(error) });
    }
  }

  async function handleAdd() {
    setRemoval(null);
    const address = email.trim();
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address)) {
      return invalid({ 'programme-team-email': 'Enter the email address they sign in with.' });
    }
    try {
      await recentSignIn.run(() => change.mutateAsync({ email: address, member: true }));
    } catch (error) {
      return failed(refusal(error));
    }
    setEmail('');
    return saved(changed(address, true));
  }

  return (
    <section className="card" aria-labelledby="programme-team-heading">
      <h2 id="programme-team-heading">Programme team</h2>
      <p className="hint">
        The programme team sees every cohort, creates cohorts and appoints facilitators.{' '}
        {takesEffect}
      </p>
      {removal && <Alert tone={removal.tone}>{removal.text}</Alert>}
      {team.isPending ? (
        <p>Loading the programme team…</p>
      ) : team.isError ? (
        <Alert tone="error">
          The programme team could not be loaded. Reload the page to try again.
        </Alert>
      ) : (
        <ul className="plain-list" aria-label="Members of the programme team">
          {team.data.map((member) => (
            <li key={member.uid}>
              {member.displayName} ({member.email}){member.uid === myUid ? ' · you' : ''}{' '}
              <button
                type="button"
                className="link-button danger"
                disabled={change.isPending}
                onClick={() => void remove(member.email)}
              >
                Remove
                <span className="visually-hidden">
                  {' '}
                  {member.displayName} from the programme team
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <Form key={removals} onSubmit={handleAdd} failure="The change could not be made.">
        <Field id="programme-team-email" label="Add someone by email">
          {(control) => (
            <div className="inline-field">
              <input
                {...control}
                type="email"
                autoComplete="off"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
              <SubmitButton className="button small" pendingLabel="Adding…">
                Add to the programme team
              </SubmitButton>
            </div>
          )}
        </Field>
      </Form>
      {recentSignIn.dialog}
    </section>
  );
}
