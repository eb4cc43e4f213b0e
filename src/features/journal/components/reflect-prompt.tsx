import { Link } from 'react-router';
import { useSuspenseQuery } from '@tanstack/react-query';
import { hasEntryForModuleQueryOptions } from '../api/entries';

type ReflectPromptProps = {
  cohortId: string;
  uid: string;
  moduleId: string;
  moduleLabel: string;
  newEntryPath: string;
};

/** Nudges a participant to reflect on the module just gone, until they have. */
export function ReflectPrompt({
  cohortId,
  uid,
  moduleId,
  moduleLabel,
  newEntryPath,
}: ReflectPromptProps) {
  const { data: written } = useSuspenseQuery(
    hasEntryForModuleQueryOptions(cohortId, uid, moduleId),
  );
  if (written) return null;
  return (
    <section className="card prompt-card" aria-labelledby="reflect-heading">
      <h2 id="reflect-heading">Reflect on {moduleLabel}</h2>
      <p>You have not written about this module yet. A few lines now will help at the next one.</p>
      <p>
        <Link className="button" to={newEntryPath}>
          Write a reflection
        </Link>
      </p>
    </section>
  );
}
