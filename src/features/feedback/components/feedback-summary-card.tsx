import { BarTable } from '@/components/charts/bar-table';
import { formatLongDate, todayIso } from '@/lib/dates';
import { FEEDBACK_GROUP, MIN_FEEDBACK_RESPONSES, ratingLabels } from '@/lib/feedback';
import type { FeedbackSummary } from '@/lib/firestore/feedback-schemas';

type FeedbackSummaryCardProps = {
  module: { number: number; title: string };
  summary: FeedbackSummary | undefined;
  /** Open: answers may still arrive or change. */
  open: boolean;
};

const oneDecimal = (value: number) => value.toFixed(1);

/**
 * What facilitators see of a module's feedback: totals, averages and unnamed comments, as last
 * published. It says how many answers that publication holds and when it was made, never how
 * many people have answered since, which would show who is waiting.
 */
export function FeedbackSummaryCard({ module, summary, open }: FeedbackSummaryCardProps) {
  const headingId = `feedback-module-${module.number}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        Module {module.number}: {module.title}
      </h2>
      {!summary ? (
        <p>
          {open
            ? `Fewer than ${MIN_FEEDBACK_RESPONSES} people have answered so far. Nothing is shown until ${MIN_FEEDBACK_RESPONSES} have, so no single answer can be traced.`
            : `Fewer than ${MIN_FEEDBACK_RESPONSES} people answered, so there is nothing to show.`}
        </p>
      ) : (
        <>
          <p className="lead">
            {summary.responses} answers · overall {oneDecimal(summary.overall.average)} out of 5
          </p>
          <p className="hint">
            {`These are the answers published on ${formatLongDate(todayIso(summary.publishedAt))}.`}
            {open
              ? ` While feedback is open, later answers are added in groups of at least ${FEEDBACK_GROUP}, and the rest the morning after it closes.`
              : ''}
          </p>
          <BarTable
            caption="Overall rating"
            labelHeading="Rating"
            valueHeading="Answers"
            bars={ratingLabels.map((label, index) => ({
              label: `${index + 1} ${label}`,
              value: summary.overall.counts[index] ?? 0,
            }))}
            max={summary.responses}
          />
          {summary.sessions.some((session) => session.answered > 0) && (
            <BarTable
              caption="Sessions: average rating out of 5"
              labelHeading="Session"
              valueHeading="Average"
              bars={summary.sessions
                .filter((session) => session.average !== null)
                .map((session) => ({
                  label: session.title,
                  value: session.average ?? 0,
                  text: `${oneDecimal(session.average ?? 0)} (${session.answered} answers)`,
                }))}
              max={5}
            />
          )}
          <Comments title="What helped most" comments={summary.helped} />
          <Comments title="What should change" comments={summary.change} />
        </>
      )}
    </section>
  );
}

function Comments({ title, comments }: { title: string; comments: string[] }) {
  return (
    <>
      <h3>
        {title} ({comments.length})
      </h3>
      {comments.length === 0 ? (
        <p className="hint">Nobody wrote anything here.</p>
      ) : (
        <ul className="feedback-comments">
          {comments.map((comment, index) => (
            <li key={index}>{comment}</li>
          ))}
        </ul>
      )}
    </>
  );
}
