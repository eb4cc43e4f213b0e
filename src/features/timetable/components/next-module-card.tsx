import { daysUntil, formatDayPair } from '@/lib/dates';
import { useModules } from '../api/get-modules';
import { nextModule } from '../module-status';

function countdown(days: number): string {
  if (days <= 0) return 'Happening now';
  if (days === 1) return 'Tomorrow';
  return `In ${days} days`;
}

export function NextModuleCard({ cohortId }: { cohortId: string }) {
  const { data: modules } = useModules(cohortId);
  const next = nextModule(modules);

  if (modules.length === 0) {
    return (
      <section className="card highlight" aria-labelledby="next-module-heading">
        <h2 id="next-module-heading">The timetable is on its way</h2>
        <p>
          Your facilitators have not published the modules yet. They will appear here as soon as
          they do.
        </p>
      </section>
    );
  }

  if (!next) {
    return (
      <section className="card highlight" aria-labelledby="next-module-heading">
        <h2 id="next-module-heading">Your programme is complete</h2>
        <p>
          All four modules have taken place. Your reflections and goals stay here for you to
          revisit.
        </p>
      </section>
    );
  }

  return (
    <section className="card highlight" aria-labelledby="next-module-heading">
      <p className="eyebrow">Next module · {countdown(daysUntil(next.days[0]))}</p>
      <h2 id="next-module-heading">
        Module {next.number}: {next.title}
      </h2>
      <p className="when">{formatDayPair(next.days[0], next.days[1])}</p>
      {next.venue && <p>{next.venue}</p>}
    </section>
  );
}
