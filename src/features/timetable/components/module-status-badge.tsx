import type { ModuleStatus } from '../module-status';

const labels: Record<ModuleStatus, string> = {
  past: 'Completed',
  current: 'Happening now',
  upcoming: 'Upcoming',
};

export function ModuleStatusBadge({ status }: { status: ModuleStatus }) {
  return <span className={`badge badge-${status}`}>{labels[status]}</span>;
}
