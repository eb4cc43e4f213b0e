import { useProgrammes, useSaveProgramme } from '../api/programmes';
import { ProgrammeDetailsForm } from './programme-details-form';

export function Programmes() {
  const { data: programmes } = useProgrammes();
  const save = useSaveProgramme();
  return (
    <section aria-labelledby="programmes-heading" className="stack">
      <h2 id="programmes-heading">Programmes</h2>
      {programmes.map(({ id, outline, ...details }) => (
        <div key={id}>
          <ProgrammeDetailsForm
            programmeId={id}
            initial={details}
            onSave={(changed) => save.mutateAsync({ id, details: changed })}
          />
          <details className="card">
            <summary>Module outline ({outline.length} modules)</summary>
            <ol>
              {outline.map((module) => (
                <li key={module.number}>
                  {module.title}: {module.sessions.length} sessions,{' '}
                  {module.sessions.filter((session) => session.kind !== 'break').length} of them
                  teaching
                </li>
              ))}
            </ol>
          </details>
        </div>
      ))}
    </section>
  );
}
