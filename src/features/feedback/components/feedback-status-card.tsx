import { Link } from 'react-router';
import { formatLongDate, todayIso } from '@/lib/dates';
import { FEEDBACK_GROUP, MIN_FEEDBACK_RESPONSES } from '@/lib/feedback';
import { useFeedbackSummaries } from '../api/feedback';

type FeedbackStatusCardProps = {
  cohortId: string;
  module: { id: string; number: number };
  participants: number;
  lastDay: string;
  feedbackPath: string;
};

/**
 * Feedback still to come in for the module just held. It counts only the answers already
 * published (decision 0023): how many have answered since would show who is waiting.
 */
export function FeedbackStatusCard({
  cohortId,
  module,
  participants,
  lastDay,
  feedbackPath,
}: FeedbackStatusCardProps) {
  const { data: summaries } = useFeedbackSummaries(cohortId);
  const summary = summaries[module.id];
  return (
    <section className="card" aria-labelledby="feedback-status-heading">
      <h2 id="feedback-status-heading">Feedback on module {module.number}</h2>
      <p>
        Open until {lastDay}.{' '}
        {summary
          ? `${summary.responses} of ${participants} participants’ answers are shown so far (published on ${formatLongDate(todayIso(summary.publishedAt))}); more are added ${FEEDBACK_GROUP} or more at a time, and the rest when feedback closes.`
          : `Nothing is shown until ${MIN_FEEDBACK_RESPONSES} people have answered.`}
      </p>
      <p>
        <Link to={feedbackPath}>See the feedback</Link>
      </p>
    </section>
  );
}
