import { useState } from 'react';
import { failed, Form, invalid, saved, SubmitButton, TextAreaField } from '@/components/form';
import { sayable } from '@/components/errors/sayable';
import { Alert } from '@/components/ui/alert';
import { formatDateTime, formatWrittenOn } from '@/lib/dates';
import { useCohort } from '../api/get-cohort';
import { useMembers } from '../api/get-members';
import {
  resendAllowedFrom,
  splitAddresses,
  useInviteParticipants,
  usePendingInvitations,
  useRemoveMember,
  useResendInvitation,
  useWithdrawInvitation,
  type InviteOutcome,
  type InviteResult,
} from '../api/manage-people';
import { ImportPeople } from './import-people';
import { RemoveParticipantDialog } from './remove-participant-dialog';
import { WaitingList } from './waiting-list';

type ManagePeopleProps = { cohortId: string; uid: string };

export function ManagePeople({ cohortId, uid }: ManagePeopleProps) {
  const { data: cohort } = useCohort(cohortId);
  const { data: members } = useMembers(cohortId);
  const { data: invitations = [] } = usePendingInvitations(cohortId);
  const invite = useInviteParticipants(cohortId);
  const withdraw = useWithdrawInvitation(cohortId);
  const resend = useResendInvitation(cohortId);
  // The time the list was drawn, for which invitations may be resent yet.
  const [drawnAt] = useState(() => Date.now());
  const remove = useRemoveMember(cohortId);
  const [removing, setRemoving] = useState<(typeof members)[number] | null>(null);
  const [pasted, setPasted] = useState('');
  // What a resend said, beside the list of invitations it was pressed in.
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [results, setResults] = useState<InviteResult[]>([]);
  const participants = members.filter((m) => m.role === 'participant');
  const pending = invitations.filter((i) => i.role === 'participant');

  async function handleInvite() {
    const addresses = splitAddresses(pasted);
    setResults([]);
    if (addresses.length === 0) {
      return invalid({
        'invite-emails': 'Enter at least one email address, like name@organisation.nhs.uk.',
      });
    }
    try {
      const outcome = await invite.mutateAsync(addresses);
      const invited = outcome.filter((result) => result.outcome === 'invited').length;
      // What could not be invited stays in the box to correct; nothing typed is lost.
      const toCorrect = outcome
        .filter((result) => result.outcome === 'not-an-email' || result.outcome === 'no-seat')
        .map((result) => result.address);
      setPasted(toCorrect.join('\n'));
      setResults(outcome);
      return invited === outcome.length
        ? saved(
            `Invited ${invited === 1 ? outcome[0]?.address : `all ${invited}`}. We are emailing them a link; they join when they sign up or sign in with that address.`,
          )
        : failed(
            `Invited ${invited} of ${outcome.length}. What happened to each address is listed below${toCorrect.length > 0 ? '; the ones to correct are kept in the box' : ''}.`,
          );
    } catch (error) {
      return failed(
        `Nobody was invited: ${sayable(error, 'the portal could not be reached. Your list is still here; try again.')}`,
      );
    }
  }

  return (
    <section aria-labelledby="manage-heading" className="card">
      <h2 id="manage-heading">Invite and manage participants</h2>
      <p>
        <strong>
          {cohort.seatsTaken} of {cohort.seatLimit} seats taken
        </strong>{' '}
        ({participants.length === 1 ? '1 participant' : `${participants.length} participants`},{' '}
        {pending.length === 1 ? '1 invitation' : `${pending.length} invitations`} waiting)
      </p>
      <Form
        onSubmit={handleInvite}
        failure="Nobody was invited: the portal could not be reached. Your list is still here; try again."
      >
        <TextAreaField
          id="invite-emails"
          label="Invite participants by email"
          hint="One address a line, or several separated by commas or semicolons, as copied from an email."
          rows={3}
          autoComplete="off"
          spellCheck={false}
          value={pasted}
          onChange={setPasted}
        />
        <p>
          <SubmitButton className="button small" pendingLabel="Sending invitations…">
            Send invitations
          </SubmitButton>
        </p>
        {results.length > 0 && (
          <ul className="plain-list invite-results" aria-label="What happened to each address">
            {results.map((result, index) => (
              <li key={`${result.address}-${index}`}>
                <strong>{result.address}</strong>:{' '}
                {describeOutcome(result.outcome, cohort.seatLimit)}
              </li>
            ))}
          </ul>
        )}
      </Form>
      <ImportPeople cohortId={cohortId} />
      <WaitingList cohortId={cohortId} freeSeats={cohort.seatLimit - cohort.seatsTaken} />
      {pending.length > 0 && (
        <>
          <h3>Invitations waiting</h3>
          {message && <Alert tone={message.tone}>{message.text}</Alert>}
          <ul className="plain-list">
            {pending.map((invitation) => (
              <li key={invitation.email}>
                {invitation.name && `${invitation.name}, `}
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
                    withdraw.mutate({ email: invitation.email, role: invitation.role })
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
                  onClick={() => setRemoving(person)}
                >
                  Remove<span className="visually-hidden"> {person.displayName}</span>
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {removing && (
        <RemoveParticipantDialog
          name={removing.displayName}
          onCancel={() => setRemoving(null)}
          onRemove={() => {
            remove.mutate({ uid: removing.uid, role: removing.role });
            setRemoving(null);
          }}
        />
      )}
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

function describeOutcome(outcome: InviteOutcome, seatLimit: number): string {
  switch (outcome) {
    case 'invited':
      return 'invited; we are emailing them a link';
    case 'already-invited':
      return 'already invited';
    case 'already-member':
      return 'already a member of this cohort';
    case 'not-an-email':
      return 'not an email address; check it and try again';
    case 'no-seat':
      return `no seat left: all ${seatLimit} seats are taken`;
  }
}
