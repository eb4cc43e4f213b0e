import { formatHours } from '@/lib/attendance';
import type { Completion } from '@/lib/completion';
import { formatLongDate } from '@/lib/dates';

type CompletionCertificateProps = {
  personName: string;
  programmeName: string;
  cohortName: string;
  firstDay: string;
  lastDay: string;
  completion: Completion;
};

/**
 * The completion certificate as it prints, laid out like the learning record and made the same
 * way: on this device, from what the screen has read, with nothing stored or sent.
 */
export default function CompletionCertificate({
  personName,
  programmeName,
  cohortName,
  firstDay,
  lastDay,
  completion,
}: CompletionCertificateProps) {
  return (
    <article className="learning-record" aria-labelledby="certificate-title">
      <header className="record-header">
        <p className="eyebrow">Certificate of completion</p>
        <h2 id="certificate-title">{personName}</h2>
        <p>
          completed <strong>{programmeName}</strong> with {cohortName}, a seven-month programme of
          four two-day modules, from {formatLongDate(firstDay)} to {formatLongDate(lastDay)}.
        </p>
      </header>
      <section className="record-section" aria-label="Attendance">
        <p>Hours attended: {formatHours(completion.hoursAttended)}</p>
        <p>
          Completion confirmed by the programme’s facilitators on{' '}
          {formatLongDate(completion.confirmedAt.toISOString().slice(0, 10))}.
        </p>
      </section>
      <section className="record-section" aria-label="Signed">
        <p>
          <strong>{completion.directorName}</strong>
          <br />
          Programme director
        </p>
      </section>
    </article>
  );
}
