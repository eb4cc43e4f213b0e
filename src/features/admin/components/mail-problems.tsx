import { formatDateTime } from '@/lib/dates';
import type { MailProblem } from '@/lib/firestore/schemas';

/** Emails the portal could not send, so the programme team can reach the person another way. */
export function MailProblems({ problems }: { problems: (MailProblem & { id: string })[] }) {
  return (
    <section className="card" aria-labelledby="mail-problems-heading">
      <h2 id="mail-problems-heading">Emails that could not be sent</h2>
      {problems.length === 0 ? (
        <p>None: every email the portal owed has been sent.</p>
      ) : (
        <ul className="plain-list stack">
          {problems.map((problem) => (
            <li key={problem.id}>
              <strong>{problem.subject}</strong> to {problem.to}
              <br />
              {problem.attempts} {problem.attempts === 1 ? 'attempt' : 'attempts'}, the last on{' '}
              {formatDateTime(problem.lastAttemptAt)}: {problem.lastError}.{' '}
              {problem.willRetry ? 'It will be tried again.' : 'It will not be tried again.'}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
