import { formatDateTime, todayIso } from '@/lib/dates';
import { useDirectorCall } from '../api/goals';
import { unarrangedCallText } from '../call-timing';

export function DirectorCallCard({
  cohortId,
  uid,
  firstModuleDay,
}: {
  cohortId: string;
  uid: string;
  firstModuleDay?: string;
}) {
  const { data: call } = useDirectorCall(cohortId, uid);
  return (
    <section className="card" aria-labelledby="director-call-heading">
      <h2 id="director-call-heading">Your call with the programme director</h2>
      {!call ? (
        <p>Your call has not been arranged yet. {unarrangedCallText(firstModuleDay, todayIso())}</p>
      ) : (
        <>
          <p>
            {call.scheduledAt
              ? `${call.completed ? 'Held on' : 'Booked for'} ${formatDateTime(call.scheduledAt)} (UK time).`
              : 'The date is still to be agreed.'}
          </p>
          {call.summary && <p>{call.summary}</p>}
        </>
      )}
    </section>
  );
}
