import { useState, type FormEvent } from 'react';
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
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);

  async function apply(address: string, member: boolean) {
    try {
      await recentSignIn.run(() => change.mutateAsync({ email: address, member }));
      setMessage({
        tone: 'success',
        text: `${address} is ${member ? 'now on' : 'no longer on'} the programme team. ${takesEffect}`,
      });
      if (member) setEmail('');
    } catch (error) {
      setMessage({
        tone: 'error',
        text: error instanceof Error ? error.message : 'The change could not be made.',
      });
    }
  }

  function handleAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.trim())) {
      setMessage({ tone: 'error', text: 'Enter the email address they sign in with.' });
      return;
    }
    void apply(email.trim(), true);
  }

  return (
    <section className="card" aria-labelledby="programme-team-heading">
      <h2 id="programme-team-heading">Programme team</h2>
      <p className="hint">
        The programme team sees every cohort, creates cohorts and appoints facilitators.{' '}
        {takesEffect}
      </p>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
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
                onClick={() => void apply(member.email, false)}
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
      <form className="form" onSubmit={handleAdd} noValidate>
        <div className="field">
          <label htmlFor="programme-team-email">Add someone by email</label>
          <div className="inline-field">
            <input
              id="programme-team-email"
              type="email"
              autoComplete="off"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
            <button type="submit" className="button small" disabled={change.isPending}>
              Add to the programme team
            </button>
          </div>
        </div>
      </form>
      {recentSignIn.dialog}
    </section>
  );
}
