import { GoalProgress } from '@/components/goal-progress';
import { Markdown } from '@/components/ui/markdown';
import { formatHours } from '@/lib/attendance';
import { formatDayPair, formatLongDate, formatWrittenOn } from '@/lib/dates';
import type { Goal } from '@/lib/firestore/schemas';
import { reflectionParts, splitReflection } from '@/lib/reflection-parts';
import { totalHours, type RecordModuleRow } from '../record';

export type RecordReading = {
  title: string;
  source: string;
  moduleNumber: number;
  takeaway: string;
};
export type RecordReflection = {
  id: string;
  title: string;
  moduleLabel: string;
  writtenOn: Date;
  body: string;
};

type LearningRecordDocumentProps = {
  person: { name: string; jobTitle?: string; organisation?: string };
  cohortName: string;
  /** As the programme's record names it; empty where an old offline snapshot did not keep it. */
  programme: { name: string; description: string; director: string };
  modules: RecordModuleRow[];
  goals: Pick<Goal, 'text' | 'source' | 'checkIns'>[];
  readings: RecordReading[];
  reflections: RecordReflection[];
  producedOn: string;
  /** The day the facilitators confirmed completion, once they have. */
  completedOn?: string;
};

/**
 * The learning record as it prints: laid out for a CPD portfolio, appraisal or revalidation.
 * It is made from what this screen has already read; nothing of it is stored or sent.
 */
export function LearningRecordDocument({
  person,
  cohortName,
  programme,
  modules,
  goals,
  readings,
  reflections,
  producedOn,
  completedOn,
}: LearningRecordDocumentProps) {
  const first = modules[0];
  const last = modules.at(-1);
  return (
    <article className="learning-record" aria-labelledby="record-title">
      <header className="record-header">
        <p className="eyebrow">Learning record</p>
        <h2 id="record-title">{person.name}</h2>
        {(person.jobTitle || person.organisation) && (
          <p>{[person.jobTitle, person.organisation].filter(Boolean).join(', ')}</p>
        )}
        <p>
          <strong>{cohortName}</strong>
          {first && last && (
            <>
              {' '}
              · {formatLongDate(first.days[0])} to {formatLongDate(last.days[1])}
            </>
          )}
        </p>
        {programme.name && (
          <p>
            {programme.name}
            {programme.director && <> · Programme director: {programme.director}</>}
          </p>
        )}
        <p className="hint">
          {programme.description && <>{programme.description} </>}Produced on{' '}
          {formatLongDate(producedOn)}.
        </p>
        {completedOn && (
          <p>
            <strong>Completed the programme</strong>, confirmed by its facilitators on{' '}
            {formatLongDate(completedOn)}.
          </p>
        )}
      </header>

      <section className="record-section" aria-labelledby="record-modules">
        <h3 id="record-modules">Modules and attendance</h3>
        <table className="agenda record-table">
          <thead>
            <tr>
              <th scope="col">Module</th>
              <th scope="col">Dates</th>
              <th scope="col">Attendance</th>
              <th scope="col" className="numeric">
                Hours attended
              </th>
            </tr>
          </thead>
          <tbody>
            {modules.map((module) => (
              <tr key={module.number}>
                <th scope="row">
                  Module {module.number}: {module.title}
                </th>
                <td>{formatDayPair(module.days[0], module.days[1])}</td>
                <td>
                  {module.attendance.map((line) => (
                    <span key={line} className="record-line">
                      {line}
                    </span>
                  ))}
                </td>
                <td className="numeric">{module.held ? formatHours(module.hours) : '–'}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                Total hours attended (part of a day counts as half)
              </th>
              <td className="numeric">{totalHours(modules)}</td>
            </tr>
          </tfoot>
        </table>
      </section>

      <section className="record-section" aria-labelledby="record-goals">
        <h3 id="record-goals">Goals and progress</h3>
        {goals.length === 0 ? (
          <p>No goals recorded.</p>
        ) : (
          goals.map((goal, index) => (
            <div key={index} className="record-goal">
              <h4>{goal.text}</h4>
              <p className="hint">
                {goal.source === 'director-call'
                  ? 'Set in my call with the programme director'
                  : 'Set by me during the programme'}
              </p>
              <GoalProgress
                checkIns={goal.checkIns}
                moduleCount={modules.length}
                empty="No check-ins recorded."
              />
            </div>
          ))
        )}
      </section>

      <section className="record-section" aria-labelledby="record-reading">
        <h3 id="record-reading">Pre-reading completed</h3>
        {readings.length === 0 ? (
          <p>None recorded.</p>
        ) : (
          <ul>
            {readings.map((reading) => (
              <li key={`${reading.moduleNumber}-${reading.title}`}>
                <strong>{reading.title}</strong>
                {reading.source && `, ${reading.source}`} (module {reading.moduleNumber})
                {reading.takeaway && (
                  <span className="record-takeaway">My takeaway: {reading.takeaway}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="record-section" aria-labelledby="record-reflections">
        <h3 id="record-reflections">Reflections</h3>
        {reflections.length === 0 ? (
          <p>No reflections chosen for this record.</p>
        ) : (
          reflections.map((reflection) => {
            const parts = splitReflection(reflection.body);
            return (
              <div key={reflection.id} className="record-reflection">
                <h4>{reflection.title || 'Untitled reflection'}</h4>
                <p className="hint">
                  {reflection.moduleLabel} · written on {formatWrittenOn(reflection.writtenOn)}
                </p>
                {parts ? (
                  reflectionParts.map((part) => (
                    <div key={part}>
                      <h5>{part}</h5>
                      <Markdown>{parts[part] || '–'}</Markdown>
                    </div>
                  ))
                ) : (
                  <Markdown>{reflection.body}</Markdown>
                )}
              </div>
            );
          })
        )}
      </section>
    </article>
  );
}
