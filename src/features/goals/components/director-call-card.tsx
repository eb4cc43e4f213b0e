import { formatDateTime } from '@/lib/dates';
import { useDirectorCall } from '../api/goals';

export function DirectorCallCard({ cohortId, uid }: { cohortId: string; uid: string }) {
  const { data: call } = useDirectorCall(cohortId, uid);
  return (
    <section className="card" aria-labelledby="director-call-heading">
      <h2 id="director-call-heading">Your call with the programme director</h2>
      {!call ? (
        <p>
          Your call has not been arranged yet. The programme director will be in touch four to six
          weeks before the first module.
        </p>
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
