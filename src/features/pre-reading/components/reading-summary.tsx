import { Link } from 'react-router';
import { isPreReading } from '@/lib/firestore/schemas';
import { useModuleReading } from '../api/module-summary';
import { progressFor } from '../reading-progress';
import { ReadingProgress } from './reading-progress-bar';

type ReadingSummaryProps = {
  cohortId: string;
  uid: string;
  moduleId: string;
  moduleLabel: string;
  link: string;
};

export function ReadingSummary({
  cohortId,
  uid,
  moduleId,
  moduleLabel,
  link,
}: ReadingSummaryProps) {
  const { materials, readings } = useModuleReading(cohortId, uid, moduleId);
  const items = materials.filter(isPreReading);
  return (
    <section className="card" aria-labelledby="reading-summary-heading">
      <h2 id="reading-summary-heading">Pre-reading for {moduleLabel}</h2>
      {items.length === 0 ? (
        <p className="hint">Nothing posted for this module yet.</p>
      ) : (
        <ReadingProgress label={moduleLabel} progress={progressFor(items, readings)} />
      )}
      <p>
        <Link to={link}>Go to pre-reading</Link>
      </p>
    </section>
  );
}
