import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { markLabels } from '@/lib/attendance';
import { formatDayPair, formatLongDate } from '@/lib/dates';
import type { WithId } from '@/lib/firestore/converters';
import { attendanceDayKey, type AttendanceMark, type Module } from '@/lib/firestore/schemas';
import { modulePath, useModules } from '../api/get-modules';
import { moduleStatus } from '../module-status';
import { CalendarButton } from './calendar-button';
import { ModuleEditor } from './module-editor';
import { ModuleStatusBadge } from './module-status-badge';
import { SavedNotice } from './saved-notice';
import { SessionTimeEditor } from './session-time-editor';

type TimetableProps = {
  cohortId: string;
  cohortName: string;
  canEdit: boolean;
  /** Everyone a change email goes to: the cohort's participants and facilitators. */
  tellCount: number;
  /** The participant's own attendance by day ("2-1"), shown under each day it covers. */
  attendance?: Record<string, AttendanceMark>;
};

/** Where the last save's notice goes: a module's actions, or one session's row. */
type Notice = { at: string; text: string };

export function Timetable({
  cohortId,
  cohortName,
  canEdit,
  tellCount,
  attendance = {},
}: TimetableProps) {
  const { data: modules } = useModules(cohortId);
  const [editing, setEditing] = useState<number | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
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
        tellCount={tellCount}
        onDone={(text) => {
          setNotice(text ? { at: `module-${editing}`, text } : null);
          setEditing(null);
        }}
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
        <ModuleCard
          key={module.id}
          cohortId={cohortId}
          cohortName={cohortName}
          module={module}
          canEdit={canEdit}
          tellCount={tellCount}
          attendance={attendance}
          notice={notice}
          setNotice={setNotice}
          onEdit={() => {
            setNotice(null);
            setEditing(module.number);
          }}
        />
      ))}
      {adding}
    </div>
  );
}

type ModuleCardProps = Omit<TimetableProps, 'attendance'> & {
  module: WithId<Module>;
  attendance: Record<string, AttendanceMark>;
  notice: Notice | null;
  setNotice: (notice: Notice | null) => void;
  onEdit: () => void;
};

/**
 * A finished module is folded to its title, so the timetable opens at the one to come; it offers
 * no calendar file, since nobody needs a past event in their diary.
 */
function ModuleCard({
  cohortId,
  cohortName,
  module,
  canEdit,
  tellCount,
  attendance,
  notice,
  setNotice,
  onEdit,
}: ModuleCardProps) {
  const status = moduleStatus(module);
  const [changingTime, setChangingTime] = useState<number | null>(null);
  const headingId = `module-${module.id}`;
  const pageLink = (
    <Link to={modulePath(cohortId, module.id)}>
      {status === 'past' ? 'Slides, notes and pre-reading' : 'Module page'}
      <span className="visually-hidden"> for module {module.number}</span>
    </Link>
  );
  const heading = (
    <h2 id={headingId}>
      Module {module.number}: {module.title}
    </h2>
  );
  const body = (
    <>
      <p className="actions">
        {canEdit && (
          <button type="button" className="button small" onClick={onEdit}>
            Edit module {module.number}
          </button>
        )}
        {status !== 'past' && pageLink}
        {status !== 'past' && (
          <CalendarButton
            cohortId={cohortId}
            calendarName={cohortName}
            fileName={`module-${module.number}.ics`}
            modules={[module]}
            label={`Add module ${module.number} to your calendar`}
          />
        )}
      </p>
      {notice?.at === `module-${module.number}` && <SavedNotice>{notice.text}</SavedNotice>}
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
      {module.days.map((day, dayIndex) => {
        const sessions = module.sessions.filter((session) => session.day === dayIndex + 1);
        const dayHeadingId = `${module.id}-day-${dayIndex + 1}`;
        const mark = attendance[attendanceDayKey(module.number, dayIndex === 0 ? 1 : 2)];
        return (
          <section key={day} aria-labelledby={dayHeadingId}>
            <h3 id={dayHeadingId}>
              Day {dayIndex + 1}: {formatLongDate(day)}
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
                  {sessions.map((session) => {
                    const index = module.sessions.indexOf(session);
                    const at = `${module.id}-session-${index}`;
                    return (
                      <Fragment key={`${index}-${session.start}-${session.title}`}>
                        <tr>
                          <td className="nowrap">
                            {session.start}–{session.end}
                            {canEdit && status !== 'past' && changingTime !== index && (
                              <button
                                type="button"
                                className="link-button change-time"
                                onClick={() => {
                                  setNotice(null);
                                  setChangingTime(index);
                                }}
                              >
                                Change time
                                <span className="visually-hidden"> of {session.title}</span>
                              </button>
                            )}
                          </td>
                          <td>{session.title}</td>
                          <td>{session.leader ?? ''}</td>
                        </tr>
                        {(changingTime === index || notice?.at === at) && (
                          <tr className="agenda-edit">
                            <td colSpan={3}>
                              {changingTime === index ? (
                                <SessionTimeEditor
                                  cohortId={cohortId}
                                  module={module}
                                  index={index}
                                  tellCount={tellCount}
                                  onCancel={() => setChangingTime(null)}
                                  onSaved={(text) => {
                                    setChangingTime(null);
                                    setNotice({ at, text });
                                  }}
                                />
                              ) : (
                                <SavedNotice>{notice?.text ?? ''}</SavedNotice>
                              )}
                            </td>
                          </tr>
                        )}
                      </Fragment>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </>
  );

  if (status === 'past') {
    return (
      <article className="card module module-past" aria-labelledby={headingId}>
        <details>
          <summary>
            {heading}
            <span className="module-when">{formatDayPair(module.days[0], module.days[1])}</span>
            <ModuleStatusBadge status={status} />
          </summary>
          {body}
        </details>
        <p>{pageLink}</p>
      </article>
    );
  }

  return (
    <article className="card module" aria-labelledby={headingId}>
      <header className="module-header">
        {heading}
        <ModuleStatusBadge status={status} />
      </header>
      {body}
    </article>
  );
}
