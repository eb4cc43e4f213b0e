import { todayIso } from '@/lib/dates';
import { unarrangedCallText } from '../call-timing';
import { useDirectorCall } from '../api/goals';
import { DirectorCallCard } from './director-call-card';

/** Before the programme: when the director call is (or when it will be), and what to prepare. */
export function BeforeTheProgramme({
  cohortId,
  uid,
  firstModuleDay,
}: {
  cohortId: string;
  uid: string;
  firstModuleDay: string;
}) {
  const { data: call } = useDirectorCall(cohortId, uid);
  return (
    <>
      {call ? (
        <DirectorCallCard cohortId={cohortId} uid={uid} />
      ) : (
        <section className="card highlight" aria-labelledby="call-window-heading">
          <h2 id="call-window-heading">Your call with the programme director</h2>
          <p>{unarrangedCallText(firstModuleDay, todayIso())}</p>
        </section>
      )}
      <section className="card" aria-labelledby="prepare-heading">
        <h2 id="prepare-heading">How to prepare</h2>
        <ul>
          <li>
            Think about what you want to be able to do differently across your local system in seven
            months’ time.
          </li>
          <li>
            Note one or two working relationships with partner organisations you would like to
            strengthen.
          </li>
          <li>Start the pre-reading for module 1.</li>
        </ul>
      </section>
    </>
  );
}
