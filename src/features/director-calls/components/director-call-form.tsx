import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { formatLongDate, londonDateAndTime, londonInstant } from '@/lib/dates';
import { LIMITS } from '@/lib/firestore/schemas';
import { useFacilitatorCall, useSaveCall } from '../api/director-calls';
import { callWindow, isInWindow } from '../call-window';

type DirectorCallFormProps = { cohortId: string; uid: string; firstModuleDay: string | undefined };

export function DirectorCallForm({ cohortId, uid, firstModuleDay }: DirectorCallFormProps) {
  const { data } = useFacilitatorCall(cohortId, uid);
  const save = useSaveCall(cohortId, uid);
  const existing = data.call?.scheduledAt ? londonDateAndTime(data.call.scheduledAt) : null;
  const [date, setDate] = useState(existing?.date ?? '');
  const [time, setTime] = useState(existing?.time ?? '10:00');
  const [completed, setCompleted] = useState(data.call?.completed ?? false);
  const [summary, setSummary] = useState(data.call?.summary ?? '');
  const [notes, setNotes] = useState(data.notes);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const window = firstModuleDay ? callWindow(firstModuleDay) : null;
  const outside = window && date && !isInWindow(date, window);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (date && !/^\d{2}:\d{2}$/.test(time)) {
      setMessage({ tone: 'error', text: 'Choose a time for the call.' });
      return;
    }
    try {
      await save.mutateAsync({
        scheduledAt: date ? londonInstant(date, time) : null,
        completed,
        summary,
        notes,
      });
      setMessage({ tone: 'success', text: 'Saved.' });
    } catch {
      setMessage({
        tone: 'error',
        text: 'The call could not be saved. Your text is still here; try again.',
      });
    }
  }

  return (
    <form className="form card" onSubmit={handleSubmit} noValidate aria-labelledby="call-heading">
      <h2 id="call-heading">Director call</h2>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      {window && (
        <p className="hint">
          Suggested window: {formatLongDate(window.from)} to {formatLongDate(window.to)}, four to
          six weeks before the first module.
        </p>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor="call-date">Date</label>
          <input
            id="call-date"
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            aria-describedby="call-date-warning"
          />
        </div>
        <div className="field">
          <label htmlFor="call-time">Time (UK)</label>
          <input
            id="call-time"
            type="time"
            value={time}
            onChange={(e) => setTime(e.target.value)}
          />
        </div>
      </div>
      <p id="call-date-warning" className={outside ? 'alert alert-info' : 'visually-hidden'}>
        {outside ? 'This date is outside the suggested window. You can still save it.' : ''}
      </p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={completed}
          onChange={(e) => setCompleted(e.target.checked)}
        />
        The call has taken place
      </label>
      <div className="field">
        <label htmlFor="call-summary">Summary for the participant (they can read this)</label>
        <textarea
          id="call-summary"
          rows={4}
          maxLength={LIMITS.announcementBody}
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="call-notes">
          Facilitators’ private notes (never shown to the participant)
        </label>
        <textarea
          id="call-notes"
          rows={4}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
        />
      </div>
      <p>
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save director call'}
        </button>
      </p>
    </form>
  );
}
