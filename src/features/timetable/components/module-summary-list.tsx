import { Link } from 'react-router';
import { formatDayPair } from '@/lib/dates';
import { modulePath, useModules } from '../api/get-modules';
import { moduleStatus } from '../module-status';
import { ModuleStatusBadge } from './module-status-badge';

export function ModuleSummaryList({ cohortId }: { cohortId: string }) {
  const { data: modules } = useModules(cohortId);

  if (modules.length === 0) {
    return <p>Your facilitators have not published the timetable yet.</p>;
  }

  return (
    <ol className="module-list">
      {modules.map((module) => {
        const status = moduleStatus(module);
        return (
          <li key={module.id} className="module-summary">
            <span className="module-number" aria-hidden="true">
              {module.number}
            </span>
            <div>
              <p className="module-title">
                <span className="visually-hidden">Module {module.number}: </span>
                {/* Once a module is over, its page holds the slides and notes of the day. */}
                {status === 'past' ? (
                  <Link to={modulePath(cohortId, module.id)}>{module.title}</Link>
                ) : (
                  module.title
                )}
              </p>
              <p className="module-when">{formatDayPair(module.days[0], module.days[1])}</p>
            </div>
            <ModuleStatusBadge status={status} />
          </li>
        );
      })}
    </ol>
  );
}
