import { formatLongDate } from '@/lib/dates';
import { useMaterials } from '../api/get-materials';
import { useMyReadings, useSaveReading } from '../api/my-readings';
import { progressFor } from '../reading-progress';
import { ReadingItem } from './reading-item';
import { ReadingProgress } from './reading-progress-bar';

export type ModuleHeading = { id: string; number: number; title: string; firstDay: string };

type PreReadingListProps = {
  cohortId: string;
  uid: string;
  modules: ModuleHeading[];
  nextModuleId: string | undefined;
  canRecord: boolean;
};

export function PreReadingList({
  cohortId,
  uid,
  modules,
  nextModuleId,
  canRecord,
}: PreReadingListProps) {
  const { data: materials } = useMaterials(cohortId);
  const { data: readings } = useMyReadings(cohortId, uid, canRecord);
  const saveReading = useSaveReading(cohortId, uid);
  const ordered = [...modules].sort((a, b) =>
    a.id === nextModuleId ? -1 : b.id === nextModuleId ? 1 : a.number - b.number,
  );

  if (materials.length === 0) {
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
        const items = materials.filter((m) => m.moduleId === module.id);
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
                  />
                )}
                <ul className="readings">
                  {items.map((material) => (
                    <ReadingItem
                      key={material.id}
                      material={material}
                      reading={readings.find((r) => r.materialId === material.id)}
                      canRecord={canRecord}
                      onSave={(reading) => saveReading.mutate(reading)}
                    />
                  ))}
                </ul>
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}
