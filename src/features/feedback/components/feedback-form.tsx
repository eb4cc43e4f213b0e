import { useId, useState } from 'react';
import {
  Form,
  Radios,
  SelectField,
  SubmitButton,
  TextAreaField,
  failed,
  invalid,
  saved as savedNotice,
} from '@/components/form';
import { ratingLabels, sessionKey } from '@/lib/feedback';
import { feedbackAnswerLimit, type ModuleFeedback } from '@/lib/firestore/feedback-schemas';
import type { Module } from '@/lib/firestore/schemas';
import type { Answers } from '../api/feedback';

type FeedbackFormProps = {
  module: Pick<Module, 'number' | 'title' | 'sessions'>;
  saved: ModuleFeedback | undefined;
  /** The last day answers can be changed, in words. */
  lastDay: string;
  onSave: (answers: Answers) => Promise<unknown>;
};

const ratingOptions = ratingLabels.map((label, index) => ({
  value: String(index + 1),
  label: `${index + 1} ${label}`,
}));

export function FeedbackForm({ module, saved, lastDay, onSave }: FeedbackFormProps) {
  const id = useId();
  const [overall, setOverall] = useState<number | undefined>(saved?.overall);
  const [sessions, setSessions] = useState<Record<string, number>>(saved?.sessions ?? {});
  const [helped, setHelped] = useState(saved?.helped ?? '');
  const [change, setChange] = useState(saved?.change ?? '');
  const rated = module.sessions.filter((session) => session.kind !== 'break');

  function rateSession(key: string, value: string) {
    setSessions((current) => {
      const { [key]: _dropped, ...rest } = current;
      return value === '' ? rest : { ...rest, [key]: Number(value) };
    });
  }

  async function handleSubmit() {
    if (overall === undefined) {
      return invalid({
        [`${id}-overall`]:
          'Choose an overall rating for the module. Everything else you wrote is still here.',
      });
    }
    try {
      await onSave({ overall, sessions, helped, change });
    } catch (failure) {
      return failed(
        (failure as { code?: string }).code === 'permission-denied'
          ? 'We could not save this change: feedback has closed, or your answers are already part of what the facilitators see and can no longer be changed. What you wrote is still here.'
          : 'We could not save your feedback. Check your connection and try again; your answers are still here.',
      );
    }
    return savedNotice(
      `Thank you. Your feedback is saved; you can change it until it is shown to the facilitators, and at the latest until ${lastDay}.`,
    );
  }

  return (
    <Form
      className="form feedback-form"
      onSubmit={handleSubmit}
      failure="We could not save your feedback. Check your connection and try again; your answers are still here."
    >
      <Radios
        id={`${id}-overall`}
        name={`${id}-overall`}
        legend={`Overall, how was module ${module.number}?`}
        className="rating-choice"
        value={overall === undefined ? '' : String(overall)}
        options={ratingOptions}
        onChange={(value) => setOverall(Number(value))}
      />
      {rated.length > 0 && (
        <details className="feedback-sessions" open={Object.keys(sessions).length > 0}>
          <summary>Rate the sessions (optional)</summary>
          <p className="hint">Leave any you missed as “Not rated”.</p>
          <div className="session-ratings">
            {rated.map((session) => {
              const key = sessionKey(session);
              const value = sessions[key];
              return (
                <SelectField
                  key={key}
                  id={`${id}-${key}`}
                  className="session-rating"
                  label={
                    <>
                      <span className="session-when">
                        Day {session.day}, {session.start}
                      </span>{' '}
                      {session.title}
                    </>
                  }
                  value={value === undefined ? '' : String(value)}
                  options={[{ value: '', label: 'Not rated' }, ...ratingOptions]}
                  onChange={(next) => rateSession(key, next)}
                />
              );
            })}
          </div>
        </details>
      )}
      <TextAreaField
        id={`${id}-helped`}
        label="What helped you most?"
        rows={3}
        maxLength={feedbackAnswerLimit}
        value={helped}
        onChange={setHelped}
      />
      <TextAreaField
        id={`${id}-change`}
        label="What should change for the next module or cohort?"
        rows={3}
        maxLength={feedbackAnswerLimit}
        value={change}
        onChange={setChange}
      />
      <p className="actions">
        <SubmitButton pendingLabel="Sending…">
          {saved ? 'Save changes' : 'Send feedback'}
        </SubmitButton>
      </p>
    </Form>
  );
}
