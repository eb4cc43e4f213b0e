import { useState } from 'react';
import {
  Checkbox,
  Form,
  SubmitButton,
  TextAreaField,
  TextField,
  invalid,
  saved,
} from '@/components/form';
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
  const window = firstModuleDay ? callWindow(firstModuleDay) : null;
  const outside = window && date && !isInWindow(date, window);

  async function handleSubmit() {
    if (date && !/^\d{2}:\d{2}$/.test(time)) {
      return invalid({ 'call-time': 'Choose a time for the call.' });
    }
    await save.mutateAsync({
      scheduledAt: date ? londonInstant(date, time) : null,
      completed,
      summary,
      notes,
    });
    return saved('Saved.');
  }

  return (
    <Form
      className="form card"
      onSubmit={handleSubmit}
      failure="The call could not be saved. Your text is still here; try again."
      aria-labelledby="call-heading"
    >
      <h2 id="call-heading">Director call</h2>
      {window && (
        <p className="hint">
          Suggested window: {formatLongDate(window.from)} to {formatLongDate(window.to)}, four to
          six weeks before the first module.
        </p>
      )}
      <div className="field-row">
        <TextField
          id="call-date"
          label="Date"
          type="date"
          value={date}
          onChange={setDate}
          describedBy="call-date-warning"
        />
        <TextField id="call-time" label="Time (UK)" type="time" value={time} onChange={setTime} />
      </div>
      <p id="call-date-warning" className={outside ? 'alert alert-info' : 'visually-hidden'}>
        {outside ? 'This date is outside the suggested window. You can still save it.' : ''}
      </p>
      <Checkbox
        id="call-completed"
        label="The call has taken place"
        checked={completed}
        onChange={setCompleted}
      />
      <TextAreaField
        id="call-summary"
        label="Summary for the participant (they can read this)"
        rows={4}
        maxLength={LIMITS.announcementBody}
        value={summary}
        onChange={setSummary}
      />
      <TextAreaField
        id="call-notes"
        label="Facilitators’ private notes (never shown to the participant)"
        rows={4}
        value={notes}
        onChange={setNotes}
      />
      <p>
        <SubmitButton pendingLabel="Saving…">Save director call</SubmitButton>
      </p>
    </Form>
  );
}
