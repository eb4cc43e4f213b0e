import { markLabels } from '@/lib/attendance';
import { formatLongDate } from '@/lib/dates';
import { attendanceDayKey, type AttendanceMark } from '@/lib/firestore/schemas';
import { useModules } from '../api/get-modules';
import { moduleStatus } from '../module-status';
import { useState } from 'react';
import { CalendarButton } from './calendar-button';
import { ModuleEditor } from './module-editor';
import { ModuleStatusBadge } from './module-status-badge';

type TimetableProps = {
  cohortId: string;
  cohortName: string;
  canEdit: boolean;
  /** The participant's own attendance by day ("2-1"), shown under each day it covers. */
  attendance?: Record<string, AttendanceMark>;
};

export function Timetable({ cohortId, cohortName, canEdit, attendance = {} }: TimetableProps) {
  const { data: modules } = useModules(cohortId);
  const [editing, setEditing] = useState<number | null>(null);
  const nextNumber = modules.length + 1;
  const adding = canEdit && nextNumber <= 4 && (
    <p className="actions">
      <button type="button" className="button secondary" onClick={() => setEditing(nextNumber)}>
        Add module {nextNumber}
      </button>
    </p>
  );

  if (editing !== null) {
    return (
      <ModuleEditor
        cohortId={cohortId}
        number={editing}
        existing={modules.find((m) => m.number === editing) ?? null}
        onDone={() => setEditing(null)}
      />
    );
  }

  if (modules.length === 0) {
    return (
      <>
        <p className="card">
          Your facilitators have not published the timetable yet. Check back soon.
        </p>
        {adding}
      </>
    );
  }

  return (
    <div className="stack">
      <p className="actions">
        <CalendarButton
          cohortId={cohortId}
          calendarName={cohortName}
          fileName="collaborative-leadership-programme.ics"
          modules={modules}
          label="Add the whole programme to your calendar"
          className="button"
        />
      </p>
      {modules.map((module) => (
        <article key={module.id} className="card module" aria-labelledby={`module-${module.id}`}>
          <header className="module-header">
            <h2 id={`module-${module.id}`}>
              Module {module.number}: {module.title}
            </h2>
            <ModuleStatusBadge status={moduleStatus(module)} />
          </header>
          <p className="actions">
            {canEdit && (
              <button
                type="button"
                className="button small"
                onClick={() => setEditing(module.number)}
              >
                Edit module {module.number}
              </button>
            )}
            <CalendarButton
              cohortId={cohortId}
              calendarName={cohortName}
              fileName={`module-${module.number}.ics`}
              modules={[module]}
              label={`Add module ${module.number} to your calendar`}
            />
          </p>
          <p className="module-venue">
            <strong>Where:</strong> {module.venue || 'To be confirmed'}
            {module.joiningDetails && <> · {module.joiningDetails}</>}
          </p>
          <h3>Themes</h3>
          <ul>
            {module.themes.map((theme) => (
              <li key={theme}>{theme}</li>
            ))}
          </ul>
          {module.days.map((day, index) => {
            const sessions = module.sessions.filter((session) => session.day === index + 1);
            const headingId = `${module.id}-day-${index + 1}`;
            const mark = attendance[attendanceDayKey(module.number, index === 0 ? 1 : 2)];
            return (
              <section key={day} aria-labelledby={headingId}>
                <h3 id={headingId}>
                  Day {index + 1}: {formatLongDate(day)}
                </h3>
                {mark && (
                  <p className="attendance-mark">
                    Your attendance: <strong>{markLabels[mark].toLowerCase()}</strong>
                  </p>
                )}
                {sessions.length === 0 ? (
                  <p className="hint">The agenda for this day has not been published yet.</p>
                ) : (
                  <table className="agenda">
                    <thead>
                      <tr>
                        <th scope="col">Time</th>
                        <th scope="col">Session</th>
                        <th scope="col">Led by</th>
                      </tr>
                    </thead>
                    <tbody>
                      {sessions.map((session) => (
                        <tr key={`${session.start}-${session.title}`}>
                          <td className="nowrap">
                            {session.start}–{session.end}
                          </td>
                          <td>{session.title}</td>
                          <td>{session.leader ?? ''}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </section>
            );
          })}
        </article>
      ))}
      {adding}
    </div>
  );
}
