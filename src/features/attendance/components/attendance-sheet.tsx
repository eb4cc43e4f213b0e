import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { attendanceMarks, type AttendanceMark, type Member } from '@/lib/firestore/schemas';
import { useCohortAttendance, useSaveDay, type Marks } from '../api/attendance';
import { markLabels, type ModuleDay } from '@/lib/attendance';

type AttendanceSheetProps = {
  cohortId: string;
  participants: Member[];
  days: ModuleDay[];
  initialDay: string;
  readOnly: boolean;
};

/** One module day at a time: a mark per participant, saved together, quick to do on a phone. */
export function AttendanceSheet({
  cohortId,
  participants,
  days,
  initialDay,
  readOnly,
}: AttendanceSheetProps) {
  const { data: saved } = useCohortAttendance(cohortId);
  const save = useSaveDay(cohortId);
  const [dayKey, setDayKey] = useState(initialDay);
  const [changes, setChanges] = useState<Record<string, Marks>>({});
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const day = days.find((d) => d.key === dayKey);
  const markOf = (uid: string): AttendanceMark | undefined =>
    changes[dayKey]?.[uid] ?? saved[uid]?.[dayKey];
  const setMark = (uid: string, mark: AttendanceMark) => {
    setMessage(null);
    setChanges((current) => ({ ...current, [dayKey]: { ...current[dayKey], [uid]: mark } }));
  };
  const unmarked = participants.filter((p) => !markOf(p.uid));
  const pending = changes[dayKey] ?? {};

  async function handleSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (Object.keys(pending).length === 0) {
      setMessage({ tone: 'error', text: 'Nothing has changed for this day yet.' });
      return;
    }
    try {
      await save.mutateAsync({ dayKey, marks: pending });
      setChanges(({ [dayKey]: _saved, ...others }) => others);
      setMessage({
        tone: 'success',
        text: `Saved attendance for ${day?.label ?? 'this day'}.${unmarked.length > 0 ? ` ${unmarked.length} not marked yet.` : ''}`,
      });
    } catch {
      setMessage({
        tone: 'error',
        text: 'We could not save the attendance. Your marks are still here; try again in a moment.',
      });
    }
  }

  return (
    <form className="form attendance" onSubmit={handleSave} noValidate>
      <div className="field">
        <label htmlFor="attendance-day">Module day</label>
        <select
          id="attendance-day"
          value={dayKey}
          onChange={(e) => {
            setMessage(null);
            setDayKey(e.target.value);
          }}
        >
          {days.map((d) => (
            <option key={d.key} value={d.key}>
              {d.label}
            </option>
          ))}
        </select>
      </div>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      {!readOnly && unmarked.length > 0 && (
        <p>
          <button
            type="button"
            className="button secondary"
            onClick={() => unmarked.forEach((person) => setMark(person.uid, 'present'))}
          >
            Mark the {unmarked.length} not yet marked as present
          </button>
        </p>
      )}
      <ul className="plain-list attendance-list">
        {participants.map((person) => (
          <li key={person.uid}>
            <fieldset disabled={readOnly}>
              <legend>{person.displayName}</legend>
              <div className="mark-options">
                {attendanceMarks.map((mark) => (
                  <label key={mark} className="choice-radio">
                    <input
                      type="radio"
                      name={`mark-${person.uid}`}
                      checked={markOf(person.uid) === mark}
                      onChange={() => setMark(person.uid, mark)}
                    />
                    {markLabels[mark]}
                  </label>
                ))}
              </div>
              {pending[person.uid] && <span className="hint">Not saved yet</span>}
            </fieldset>
          </li>
        ))}
      </ul>
      {!readOnly && (
        <p>
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save attendance'}
          </button>
        </p>
      )}
    </form>
  );
}
