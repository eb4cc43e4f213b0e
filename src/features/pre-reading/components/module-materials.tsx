import { Link } from 'react-router';
import { isPreReading, type Material } from '@/lib/firestore/schemas';
import type { WithId } from '@/lib/firestore/converters';
import { useMaterialActions } from '../api/manage-materials';
import { useMaterials } from '../api/get-materials';
import { useMyReadings, useSaveReading } from '../api/my-readings';
import { progressFor } from '../reading-progress';
import { MaterialForm } from './material-form';
import { ReadingItem } from './reading-item';
import { ReadingProgress } from './reading-progress-bar';

type ModuleMaterialsProps = {
  cohortId: string;
  uid: string;
  moduleId: string;
  moduleNumber: number;
  finished: boolean;
  canRecord: boolean;
  canManage: boolean;
  preReadingPath: string;
};

/** A module's pre-reading, then what the facilitators shared after it: its slides and notes. */
export function ModuleMaterials({
  cohortId,
  uid,
  moduleId,
  moduleNumber,
  finished,
  canRecord,
  canManage,
  preReadingPath,
}: ModuleMaterialsProps) {
  // The whole cohort's list, which the pre-reading page reads too, so moving between them reads
  // nothing twice.
  const { data: all } = useMaterials(cohortId);
  const { data: readings } = useMyReadings(cohortId, uid, canRecord);
  const materials = all.filter((m) => m.moduleId === moduleId);
  const saveReading = useSaveReading(cohortId, uid);
  const { save, remove } = useMaterialActions(cohortId);
  const before = materials.filter(isPreReading);
  const after = materials.filter((m) => !isPreReading(m));
  const nextOrder = Math.min(999, Math.max(0, ...all.map((m) => m.order)) + 1);

  const item = (material: WithId<Material>) => (
    <ReadingItem
      key={material.id}
      cohortId={cohortId}
      material={material}
      reading={readings.find((r) => r.materialId === material.id)}
      canRecord={canRecord}
      onSave={(reading) => saveReading.mutateAsync(reading)}
      manage={
        canManage
          ? {
              onSave: (changed) => save.mutateAsync({ materialId: material.id, material: changed }),
              onDelete: () => remove.mutate(material.id),
            }
          : undefined
      }
    />
  );

  const preReading = (
    <section className="card" aria-labelledby="module-reading-heading">
      <h2 id="module-reading-heading">Pre-reading</h2>
      {before.length === 0 ? (
        <p className="hint">No pre-reading for this module.</p>
      ) : (
        <>
          {canRecord && (
            <ReadingProgress
              label={`Module ${moduleNumber}`}
              progress={progressFor(before, readings)}
              finished={finished}
            />
          )}
          <ul className="readings">{before.map(item)}</ul>
        </>
      )}
      <p>
        <Link to={preReadingPath}>All pre-reading</Link>
      </p>
    </section>
  );

  const afterTheModule = (
    <section className="card" aria-labelledby="after-module-heading">
      <h2 id="after-module-heading">After the module</h2>
      {after.length === 0 ? (
        <p className="hint">
          {finished
            ? 'Nothing has been shared from this module yet.'
            : 'The slides and notes of the day will be here after the module.'}
        </p>
      ) : (
        <ul className="readings">{after.map(item)}</ul>
      )}
      {canManage && (
        <details className="add-material">
          <summary>Add slides or notes for module {moduleNumber}</summary>
          <MaterialForm
            moduleId={moduleId}
            moduleLabel={`module ${moduleNumber}`}
            order={nextOrder}
            phase="after"
            onSave={(material) => save.mutateAsync({ material })}
          />
        </details>
      )}
    </section>
  );

  return (
    <>
      {saveReading.isError && (
        <p className="alert alert-error" role="alert">
          We could not save that change. Check your connection and try again.
        </p>
      )}
      {/* Once the module is over, people come back for its slides and notes: those come first. */}
      {finished ? afterTheModule : preReading}
      {finished ? preReading : afterTheModule}
    </>
  );
}
