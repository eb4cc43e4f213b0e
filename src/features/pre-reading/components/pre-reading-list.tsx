import { Link } from 'react-router';
import { formatLongDate } from '@/lib/dates';
import { isPreReading } from '@/lib/firestore/schemas';
import { useMaterials } from '../api/get-materials';
import { useMyReadings, useSaveReading } from '../api/my-readings';
import { progressFor } from '../reading-progress';
import { useMaterialActions } from '../api/manage-materials';
import { MaterialForm } from './material-form';
import { ReadingItem } from './reading-item';
import { ReadingProgress } from './reading-progress-bar';

export type ModuleHeading = {
  id: string;
  number: number;
  title: string;
  firstDay: string;
  finished: boolean;
};

type PreReadingListProps = {
  cohortId: string;
  uid: string;
  modules: ModuleHeading[];
  nextModuleId: string | undefined;
  canRecord: boolean;
  canManage: boolean;
  /** The module's own page, where what comes after the module is listed. */
  modulePath: (moduleId: string) => string;
};

export function PreReadingList({
  cohortId,
  uid,
  modules,
  nextModuleId,
  canRecord,
  canManage,
  modulePath,
}: PreReadingListProps) {
  const { save, remove } = useMaterialActions(cohortId);
  const { data: materials } = useMaterials(cohortId);
  const { data: readings } = useMyReadings(cohortId, uid, canRecord);
  const saveReading = useSaveReading(cohortId, uid);
  const ordered = [...modules].sort((a, b) =>
    a.id === nextModuleId ? -1 : b.id === nextModuleId ? 1 : a.number - b.number,
  );

  if (materials.length === 0 && !canManage) {
    return <p className="card">Your facilitators have not posted any pre-reading yet.</p>;
  }

  return (
    <div className="stack">
      {saveReading.isError && (
        <p className="alert alert-error" role="alert">
          We could not save that change. Check your connection and try again.
        </p>
      )}
      {ordered.map((module) => {
        const ofModule = materials.filter((m) => m.moduleId === module.id);
        const items = ofModule.filter(isPreReading);
        const afterCount = ofModule.length - items.length;
        const isNext = module.id === nextModuleId;
        const headingId = `reading-${module.id}`;
        return (
          <section
            key={module.id}
            className={`card${isNext ? ' highlight' : ''}`}
            aria-labelledby={headingId}
          >
            {isNext && (
              <p className="eyebrow">
                Due before the next module · {formatLongDate(module.firstDay)}
              </p>
            )}
            <h2 id={headingId}>
              Module {module.number}: {module.title}
            </h2>
            {items.length === 0 ? (
              <p className="hint">No pre-reading for this module yet.</p>
            ) : (
              <>
                {canRecord && (
                  <ReadingProgress
                    label={`Module ${module.number}`}
                    progress={progressFor(items, readings)}
                    finished={module.finished}
                  />
                )}
                <ul className="readings">
                  {items.map((material) => (
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
                              onSave: (material) =>
                                save.mutateAsync({ materialId: material.id, material }),
                              onDelete: () => remove.mutate(material.id),
                            }
                          : undefined
                      }
                    />
                  ))}
                </ul>
              </>
            )}
            {afterCount > 0 && (
              <p>
                <Link to={modulePath(module.id)}>
                  After the module: {afterCount} {afterCount === 1 ? 'item' : 'items'}
                  <span className="visually-hidden"> from module {module.number}</span>
                </Link>
              </p>
            )}
            {canManage && (
              <details className="add-material">
                <summary>Add pre-reading for module {module.number}</summary>
                <MaterialForm
                  moduleId={module.id}
                  moduleLabel={`module ${module.number}`}
                  order={materials.length + 1}
                  onSave={(material) => save.mutateAsync({ material })}
                />
              </details>
            )}
          </section>
        );
      })}
    </div>
  );
}
