import { useEffect, useState } from 'react';
import { useBlocker } from 'react-router';
import { Form, SelectField, SubmitButton, failed, saved } from '@/components/form';
import { formatLongDate, todayIso } from '@/lib/dates';
import { attendanceMarks, type AttendanceMark, type Member } from '@/lib/firestore/schemas';
import { useCohortAttendance, useSaveDay, type Marks } from '../api/attendance';
import { markLabels, type ModuleDay } from '@/lib/attendance';
import { UnsavedMarksDialog } from './unsaved-marks-dialog';

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
  const { data: marksSaved } = useCohortAttendance(cohortId);
  const save = useSaveDay(cohortId);
  const [dayKey, setDayKey] = useState(initialDay);
  const [changes, setChanges] = useState<Record<string, Marks>>({});
  const day = days.find((d) => d.key === dayKey);
  // A mark records what happened, so a day still to come cannot be marked (the rules agree).
  const notYet = day !== undefined && day.date > todayIso();
  const locked = readOnly || notYet;
  const markOf = (uid: string): AttendanceMark | undefined =>
    changes[dayKey]?.[uid] ?? marksSaved[uid]?.[dayKey];
  const setMark = (uid: string, mark: AttendanceMark) =>
    setChanges((current) => ({ ...current, [dayKey]: { ...current[dayKey], [uid]: mark } }));
  const unmarked = participants.filter((p) => !markOf(p.uid));
  const pending = changes[dayKey] ?? {};
  const unsaved = Object.values(changes).reduce((sum, marks) => sum + Object.keys(marks).length, 0);

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      unsaved > 0 && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (unsaved === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  async function handleSave() {
    if (Object.keys(pending).length === 0) return failed('Nothing has changed for this day yet.');
    await save.mutateAsync({ dayKey, marks: pending });
    setChanges(({ [dayKey]: _saved, ...others }) => others);
    return saved(
      `Saved attendance for ${day?.label ?? 'this day'}.${unmarked.length > 0 ? ` ${unmarked.length} not marked yet.` : ''}`,
    );
  }

  return (
    <Form
      className="form attendance"
      onSubmit={handleSave}
      failure="We could not save the attendance. Your marks are still here; try again in a moment."
    >
      <SelectField
        id="attendance-day"
        label="Module day"
        value={dayKey}
        onChange={setDayKey}
        options={days.map((d) => ({
          value: d.key,
          label: d.date > todayIso() ? `${d.label} (still to come)` : d.label,
        }))}
      />
      {notYet && (
        <p className="hint" role="status">
          This day is on {formatLongDate(day.date)}. Its attendance can be taken from that day.
        </p>
      )}
      {!locked && unmarked.length > 0 && (
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
            <fieldset disabled={locked}>
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
      {!locked && (
        <p>
          <SubmitButton pendingLabel="Saving…">Save attendance</SubmitButton>
        </p>
      )}
      {blocker.state === 'blocked' && (
        <UnsavedMarksDialog
          count={unsaved}
          onStay={() => blocker.reset()}
          onLeave={() => blocker.proceed()}
        />
      )}
    </Form>
  );
}
