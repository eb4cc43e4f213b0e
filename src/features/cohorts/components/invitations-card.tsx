import { Link } from 'react-router';
import { formatWrittenOn } from '@/lib/dates';
import { usePendingInvitations } from '../api/manage-people';

const SHOWN = 5;

/** Invitations nobody has taken up yet, on the staff's dashboard, with the way to act on them. */
export function InvitationsCard({
  cohortId,
  peoplePath,
}: {
  cohortId: string;
  peoplePath: string;
}) {
  const { data: invitations = [], isPending } = usePendingInvitations(cohortId);
  if (isPending) return null;
  const count = invitations.length;
  return (
    <section className="card" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">Invitations waiting</h2>
      {count === 0 ? (
        <p>Every invitation has been taken up.</p>
      ) : (
        <>
          <p>
            {count === 1 ? '1 person has not joined yet.' : `${count} people have not joined yet.`}
          </p>
          <ul className="plain-list">
            {invitations.slice(0, SHOWN).map((invitation) => (
              <li key={invitation.email}>
                {invitation.email}{' '}
                <span className="hint">invited {formatWrittenOn(invitation.createdAt)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to={peoplePath}>{count === 0 ? 'Invite participants' : 'Resend or withdraw'}</Link>
      </p>
    </section>
  );
}
