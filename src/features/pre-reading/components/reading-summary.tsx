import { Link } from 'react-router';
import { useMaterials } from '../api/get-materials';
import { useMyReadings } from '../api/my-readings';
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
  const { data: materials } = useMaterials(cohortId);
  const { data: readings } = useMyReadings(cohortId, uid);
  const items = materials.filter((m) => m.moduleId === moduleId);
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
