import { formatDayPair, formatLongDate } from '@/lib/dates';
import type { Module } from '@/lib/firestore/schemas';
import { moduleStatus } from '../module-status';
import { ModuleStatusBadge } from './module-status-badge';

/** A module as its own page shows it: when, where, its themes and each day's sessions, to read. */
export function ModuleOverview({ module }: { module: Module }) {
  return (
    <section className="card" aria-labelledby="module-overview-heading">
      <h2 id="module-overview-heading">When and where</h2>
      <p className="when">
        {formatDayPair(module.days[0], module.days[1])}{' '}
        <ModuleStatusBadge status={moduleStatus(module)} />
      </p>
      <p className="module-venue">
        <strong>Where:</strong> {module.venue || 'To be confirmed'}
        {module.joiningDetails && <> · {module.joiningDetails}</>}
      </p>
      {module.themes.length > 0 && (
        <>
          <h3>Themes</h3>
          <ul>
            {module.themes.map((theme) => (
              <li key={theme}>{theme}</li>
            ))}
          </ul>
        </>
      )}
      {module.days.map((day, dayIndex) => {
        const sessions = module.sessions.filter((session) => session.day === dayIndex + 1);
        return (
          <section key={day} aria-labelledby={`overview-day-${dayIndex + 1}`}>
            <h3 id={`overview-day-${dayIndex + 1}`}>
              Day {dayIndex + 1}: {formatLongDate(day)}
            </h3>
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
    </section>
  );
}
