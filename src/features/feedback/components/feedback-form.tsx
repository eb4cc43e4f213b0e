import { useId, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { ratingLabels, sessionKey } from '@/lib/feedback';
import { feedbackAnswerLimit, type ModuleFeedback } from '@/lib/firestore/feedback-schemas';
import type { Module } from '@/lib/firestore/schemas';
import type { Answers } from '../api/feedback';
import { RatingChoice } from './rating-choice';

type FeedbackFormProps = {
  module: Pick<Module, 'number' | 'title' | 'sessions'>;
  saved: ModuleFeedback | undefined;
  /** The last day answers can be changed, in words. */
  lastDay: string;
  onSave: (answers: Answers) => Promise<unknown>;
};

export function FeedbackForm({ module, saved, lastDay, onSave }: FeedbackFormProps) {
  const id = useId();
  const [overall, setOverall] = useState<number | undefined>(saved?.overall);
  const [sessions, setSessions] = useState<Record<string, number>>(saved?.sessions ?? {});
  const [helped, setHelped] = useState(saved?.helped ?? '');
  const [change, setChange] = useState(saved?.change ?? '');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const rated = module.sessions.filter((session) => session.kind !== 'break');

  function rateSession(key: string, value: number | undefined) {
    setSessions((current) => {
      const { [key]: _dropped, ...rest } = current;
      return value === undefined ? rest : { ...rest, [key]: value };
    });
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus(null);
    if (overall === undefined) {
      setError('Choose an overall rating for the module. Everything else you wrote is still here.');
      document.getElementById(`${id}-overall`)?.querySelector('input')?.focus();
      return;
    }
    setSaving(true);
    try {
      await onSave({ overall, sessions, helped, change });
      setError(null);
      setStatus(
        `Thank you. Your feedback is saved; you can change it until it is shown to the facilitators, and at the latest until ${lastDay}.`,
      );
    } catch (failure) {
      setError(
        (failure as { code?: string }).code === 'permission-denied'
          ? 'We could not save this change: feedback has closed, or your answers are already part of what the facilitators see and can no longer be changed. What you wrote is still here.'
          : 'We could not save your feedback. Check your connection and try again; your answers are still here.',
      );
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="form feedback-form" onSubmit={handleSubmit} noValidate>
      {error && <Alert tone="error">{error}</Alert>}
      <div id={`${id}-overall`}>
        <RatingChoice
          legend={`Overall, how was module ${module.number}?`}
          name={`${id}-overall`}
          value={overall}
          onChange={setOverall}
        />
      </div>
      {rated.length > 0 && (
        <details className="feedback-sessions" open={Object.keys(sessions).length > 0}>
          <summary>Rate the sessions (optional)</summary>
          <p className="hint">Leave any you missed as “Not rated”.</p>
          <ul className="session-ratings">
            {rated.map((session) => {
              const key = sessionKey(session);
              const value = sessions[key];
              return (
                <li key={key} className="session-rating">
                  <label htmlFor={`${id}-${key}`}>
                    <span className="session-when">
                      Day {session.day}, {session.start}
                    </span>{' '}
                    {session.title}
                  </label>
                  <select
                    id={`${id}-${key}`}
                    value={value === undefined ? '' : String(value)}
                    onChange={(e) =>
                      rateSession(key, e.target.value === '' ? undefined : Number(e.target.value))
                    }
                  >
                    <option value="">Not rated</option>
                    {ratingLabels.map((label, index) => (
                      <option key={label} value={index + 1}>
                        {index + 1} {label}
                      </option>
                    ))}
                  </select>
                </li>
              );
            })}
          </ul>
        </details>
      )}
      <div className="field">
        <label htmlFor={`${id}-helped`}>What helped you most?</label>
        <textarea
          id={`${id}-helped`}
          rows={3}
          maxLength={feedbackAnswerLimit}
          value={helped}
          onChange={(e) => setHelped(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-change`}>What should change for the next module or cohort?</label>
        <textarea
          id={`${id}-change`}
          rows={3}
          maxLength={feedbackAnswerLimit}
          value={change}
          onChange={(e) => setChange(e.target.value)}
        />
      </div>
      <p className="actions">
        <button type="submit" className="button" disabled={saving}>
          {saved ? 'Save changes' : 'Send feedback'}
        </button>
      </p>
      <p role="status" className="hint">
        {status}
      </p>
    </form>
  );
}
