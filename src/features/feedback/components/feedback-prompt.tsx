import { Link } from 'react-router';

type FeedbackPromptProps = {
  moduleNumber: number;
  /** The last day answers can be changed, in words. */
  lastDay: string;
  given: boolean;
  link: string;
};

/**
 * Asks for feedback on the module just ended, for as long as it can be given or changed. It is
 * the same size either way, so learning that someone answered never moves the dashboard.
 */
export function FeedbackPrompt({ moduleNumber, lastDay, given, link }: FeedbackPromptProps) {
  return (
    <section className="card prompt-card" aria-labelledby="feedback-prompt-heading">
      <h2 id="feedback-prompt-heading">How did module {moduleNumber} land?</h2>
      <p>
        {given
          ? `Thank you for your feedback. You can change it until it is shown to the facilitators, and at the latest until ${lastDay}.`
          : `Your anonymous answers shape the next module. Open until ${lastDay}.`}
      </p>
      <p>
        <Link className={given ? 'button secondary' : 'button'} to={link}>
          {given ? 'See your feedback' : 'Give feedback'}
        </Link>
      </p>
    </section>
  );
}
