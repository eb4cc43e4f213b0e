import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { formatDateTime, formatWrittenOn } from '@/lib/dates';
import { useCohort } from '../api/get-cohort';
import { useMembers } from '../api/get-members';
import {
  resendAllowedFrom,
  useInvite,
  usePendingInvitations,
  useRemoveMember,
  useResendInvitation,
  useWithdrawInvitation,
} from '../api/manage-people';

type ManagePeopleProps = { cohortId: string; uid: string };

export function ManagePeople({ cohortId, uid }: ManagePeopleProps) {
  const { data: cohort } = useCohort(cohortId);
  const { data: members } = useMembers(cohortId);
  const { data: invitations = [] } = usePendingInvitations(cohortId);
  const invite = useInvite(cohortId, uid);
  const withdraw = useWithdrawInvitation(cohortId);
  const resend = useResendInvitation(cohortId);
  // The time the list was drawn, for which invitations may be resent yet.
  const [drawnAt] = useState(() => Date.now());
  const remove = useRemoveMember(cohortId);
  const [email, setEmail] = useState('');
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const participants = members.filter((m) => m.role === 'participant');
  const pending = invitations.filter((i) => i.role === 'participant');

  async function handleInvite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const address = email.trim();
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address)) {
      setMessage({ tone: 'error', text: 'Enter an email address like name@organisation.nhs.uk.' });
      return;
    }
    try {
      await invite.mutateAsync({ email: address, role: 'participant' });
      setMessage({
        tone: 'success',
        text: `Invited ${address}. We are emailing them a link; they join when they sign up or sign in with that address.`,
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
    <section aria-labelledby="manage-heading" className="card">
      <h2 id="manage-heading">Invite and manage participants</h2>
      <p>
        <strong>
          {cohort.seatsTaken} of {cohort.seatLimit} seats taken
        </strong>{' '}
        ({participants.length} participants, {pending.length} invitations waiting)
      </p>
      <form className="form" onSubmit={handleInvite} noValidate>
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <div className="field">
          <label htmlFor="invite-email">Invite a participant by email</label>
          <div className="inline-field">
            <input
              id="invite-email"
              type="email"
              autoComplete="off"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
            <button type="submit" className="button small" disabled={invite.isPending}>
              Send invitation
            </button>
          </div>
        </div>
      </form>
      {pending.length > 0 && (
        <>
          <h3>Invitations waiting</h3>
          <ul className="plain-list">
            {pending.map((invitation) => (
              <li key={invitation.email}>
                {invitation.email} · invited {formatWrittenOn(invitation.createdAt)} ·{' '}
                {invitation.sentAt
                  ? `email last sent ${formatDateTime(invitation.sentAt)}`
                  : 'email not sent yet'}{' '}
                <ResendButton
                  email={invitation.email}
                  allowedFrom={resendAllowedFrom(invitation)}
                  now={drawnAt}
                  pending={resend.isPending && resend.variables === invitation.email}
                  onResend={() =>
                    resend.mutate(invitation.email, {
                      onSuccess: () =>
                        setMessage({
                          tone: 'success',
                          text: `The invitation to ${invitation.email} is being sent again.`,
                        }),
                      onError: () =>
                        setMessage({
                          tone: 'error',
                          text: `The invitation to ${invitation.email} could not be sent again: an invitation can be resent once an hour.`,
                        }),
                    })
                  }
                />{' '}
                <button
                  type="button"
                  className="link-button danger"
                  onClick={() =>
                    withdraw.mutate({
                      email: invitation.email,
                      role: invitation.role,
                      seatsTaken: cohort.seatsTaken,
                    })
                  }
                >
                  Withdraw
                  <span className="visually-hidden"> the invitation to {invitation.email}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Participants</h3>
      <ul className="plain-list">
        {participants.map((person) => (
          <li key={person.uid}>
            {person.displayName}
            {person.uid !== uid && (
              <>
                {' '}
                <button
                  type="button"
                  className="link-button danger"
                  onClick={() => {
                    if (
                      window.confirm(
                        `Remove ${person.displayName} from the cohort? Their access ends at once.`,
                      )
                    ) {
                      remove.mutate({
                        uid: person.uid,
                        role: person.role,
                        seatsTaken: cohort.seatsTaken,
                      });
                    }
                  }}
                >
                  Remove<span className="visually-hidden"> {person.displayName}</span>
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ResendButton({
  email,
  allowedFrom,
  now,
  pending,
  onResend,
}: {
  email: string;
  allowedFrom: Date;
  now: number;
  pending: boolean;
  onResend: () => void;
}) {
  if (allowedFrom.getTime() > now) {
    return <span className="hint">(can be resent from {formatDateTime(allowedFrom)})</span>;
  }
  return (
    <button type="button" className="link-button" disabled={pending} onClick={onResend}>
      {pending ? 'Sending…' : 'Resend'}
      <span className="visually-hidden"> the invitation to {email}</span>
    </button>
  );
}
