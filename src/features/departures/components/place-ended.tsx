import type { Visibility } from '@/lib/firestore/schemas';
import { formatLongDate, formatWrittenOn, todayIso } from '@/lib/dates';

type Entry = {
  id: string;
  title: string;
  body: string;
  visibility: Visibility;
  createdAt: Date;
};

export type EndedPlace = {
  cohortId: string;
  cohortName: string;
  endedAt: Date;
  accessEndsAt: Date;
  entries: Entry[];
};

const longDate = (instant: Date) => formatLongDate(todayIso(instant));

const whoReads: Record<Visibility, string> = {
  private: 'Private: only you',
  facilitators: 'Shared with the facilitators',
  cohort: 'Shared with the cohort',
};

/** One cohort a person was removed from: what ended, what they can still do, and until when. */
export function PlaceEnded({ place }: { place: EndedPlace }) {
  const headingId = `place-${place.cohortId}`;
  return (
    <section aria-labelledby={headingId} className="place-ended">
      <h2 id={headingId}>{place.cohortName}</h2>
      <p>
        Your place in {place.cohortName} ended on {longDate(place.endedAt)}. You can read your
        journal and download your data until {longDate(place.accessEndsAt)}.
      </p>
      <p>
        After that, what you wrote and recorded in the cohort is deleted. If you think your place
        ended by mistake, ask your programme director or the programme team.
      </p>
      <h3>Your journal</h3>
      {place.entries.length === 0 ? (
        <p>You wrote no journal entries in this cohort.</p>
      ) : (
        <ol className="plain-list">
          {place.entries.map((entry) => (
            <li key={entry.id}>
              <article aria-labelledby={`entry-${entry.id}`}>
                <h4 id={`entry-${entry.id}`}>{entry.title || 'Untitled entry'}</h4>
                <p className="hint">
                  Written on {formatWrittenOn(entry.createdAt)} · {whoReads[entry.visibility]}
                </p>
                <div className="plain-text">{entry.body}</div>
              </article>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
