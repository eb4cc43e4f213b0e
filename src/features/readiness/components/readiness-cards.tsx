import { Link } from 'react-router';
import { formatDateTime } from '@/lib/dates';
import { useReadinessData } from '../api/readiness';
import { readinessRows } from '../readiness-rows';

type CardsProps = {
  cohortId: string;
  nextModule: { id: string; number: number } | undefined;
  /** The director call and goals page of one participant, opened from here. */
  participantPath: (uid: string) => string;
  readinessPath: string;
};

const SHOWN = 6;

/**
 * The facilitator's dashboard: who is not ready for the next module and what each still has to
 * do, and the director calls still to hold. Both come from the readiness page's one read.
 */
export function ReadinessCards({
  cohortId,
  nextModule,
  participantPath,
  readinessPath,
}: CardsProps) {
  const { data } = useReadinessData(cohortId, nextModule?.id);
  // Attendance plays no part in "ready", so no days are passed in.
  const rows = readinessRows({ ...data, nextModuleId: nextModule?.id, heldDayKeys: [] });
  const notReady = rows.filter((row) => !row.ready);
  const callsToHold = rows.filter((row) => row.directorCall !== 'done');
  const booked = (uid: string) => data.calls.find((call) => call.id === uid)?.scheduledAt;
  const personLink = (uid: string, name: string) => <Link to={participantPath(uid)}>{name}</Link>;

  return (
    <>
      <section className="card" aria-labelledby="not-ready-heading">
        <h2 id="not-ready-heading">
          {nextModule ? `Not ready for module ${nextModule.number}` : 'Not ready yet'}
        </h2>
        {rows.length === 0 ? (
          <p>Nobody has joined the cohort yet.</p>
        ) : notReady.length === 0 ? (
          <p>
            Everyone is ready: {rows.length} of {rows.length} participants.
          </p>
        ) : (
          <>
            <p>
              {rows.length - notReady.length} of {rows.length} participants are ready. Still to do:
            </p>
            <ul className="plain-list stack">
              {notReady.slice(0, SHOWN).map((row) => (
                <li key={row.uid}>
                  {personLink(row.uid, row.name)}
                  <br />
                  <span className="hint">{row.missing.join('; ')}</span>
                </li>
              ))}
            </ul>
          </>
        )}
        <p>
          <Link to={readinessPath}>
            {notReady.length > SHOWN
              ? `See all ${notReady.length} on the readiness page`
              : 'Open the readiness page'}
          </Link>
        </p>
      </section>
      {callsToHold.length > 0 && (
        <section className="card" aria-labelledby="calls-heading">
          <h2 id="calls-heading">Director calls to hold</h2>
          <ul className="plain-list stack">
            {callsToHold.map((row) => {
              const when = booked(row.uid);
              return (
                <li key={row.uid}>
                  {personLink(row.uid, row.name)}
                  <br />
                  <span className="hint">
                    {when ? `Booked for ${formatDateTime(when)}` : 'Not booked yet'}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </>
  );
}
