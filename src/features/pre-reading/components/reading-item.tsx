import { useId, useState } from 'react';
import { AttachedFiles } from '@/components/files/attached-files';
// With the page, not after it: arriving late, each item's uploader pushed down the form a
// facilitator had just submitted, and its error summary out of sight.
import FileUploader from '@/components/files/file-uploader';
import { Checkbox, Form, SubmitButton, TextField, saved } from '@/components/form';
import { LIMITS, isPreReading, type Material, type Reading } from '@/lib/firestore/schemas';
import type { WithId } from '@/lib/firestore/converters';
import { isWebLink } from '@/lib/safe-link';
import type { ReadingState } from '../api/my-readings';
import { MaterialForm } from './material-form';

const kindLabels: Record<Material['kind'], string> = {
  article: 'Article',
  report: 'Report',
  video: 'Video',
  podcast: 'Podcast',
  other: 'Other',
};

// Said as people say it: nobody "reads" a podcast.
const doneLabels: Record<Material['kind'], string> = {
  article: 'I have read this',
  report: 'I have read this',
  video: 'I have watched this',
  podcast: 'I have listened to this',
  other: 'I have done this',
};

type ReadingItemProps = {
  cohortId: string;
  material: WithId<Material>;
  reading: Reading | undefined;
  canRecord: boolean;
  /** Rejects when the record was not saved; the list around the items then says so. */
  onSave: (reading: ReadingState) => Promise<unknown>;
  manage?: { onSave: (material: WithId<Material>) => Promise<unknown>; onDelete: () => void };
};

export function ReadingItem({
  cohortId,
  material,
  reading,
  canRecord,
  onSave,
  manage,
}: ReadingItemProps) {
  const holder = { cohortId, target: 'material' as const, targetId: material.id };
  // The slides of the day are there to open, not to tick off.
  const preReading = isPreReading(material);
  const recording = canRecord && preReading;
  const [editing, setEditing] = useState(false);
  const id = useId();
  const storedRead = reading?.read ?? false;
  // The box answers a click at once, as a screen reader expects, rather than waiting for the
  // saved record; when the record changes (saved, or reverted after a refusal) the box follows it.
  const [read, setRead] = useState(storedRead);
  const [followedRead, setFollowedRead] = useState(storedRead);
  if (storedRead !== followedRead) {
    setFollowedRead(storedRead);
    setRead(storedRead);
  }
  const [takeaway, setTakeaway] = useState(reading?.takeaway ?? '');
  const [savedTakeaway, setSavedTakeaway] = useState(reading?.takeaway ?? '');

  const save = (changes: Partial<ReadingState>) => {
    const next = {
      materialId: material.id,
      moduleId: material.moduleId,
      read,
      takeaway: savedTakeaway,
      ...changes,
    };
    setRead(next.read);
    return onSave(next);
  };

  async function handleTakeaway() {
    const trimmed = takeaway.trim();
    if (trimmed === savedTakeaway) return undefined;
    // Only the box says whether it is done: a note can be written halfway through.
    await save({ takeaway: trimmed });
    setSavedTakeaway(trimmed);
    return saved(trimmed ? 'Takeaway saved.' : 'Takeaway removed.');
  }

  return (
    <li className={`reading${read ? ' is-read' : ''}`}>
      <div className="reading-main">
        <p className="reading-title">
          {isWebLink(material.url) ? (
            <a href={material.url} target="_blank" rel="noopener noreferrer">
              {material.title}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          ) : (
            material.title
          )}
        </p>
        <p className="reading-meta">
          {[material.source, kindLabels[material.kind], `${material.minutes} min`]
            .filter(Boolean)
            .join(' · ')}
          {preReading && (
            <>
              {' · '}
              <span className={material.required ? 'required' : 'optional'}>
                {material.required ? 'Required' : 'Optional'}
              </span>
            </>
          )}
        </p>
        <AttachedFiles holder={holder} files={material.files} canRemove={manage !== undefined} />
      </div>
      {manage && (
        <div className="reading-actions">
          {editing ? (
            <MaterialForm
              moduleId={material.moduleId}
              moduleLabel={material.title}
              order={material.order}
              existing={material}
              onSave={async (changed) => {
                await manage.onSave({ ...changed, id: material.id });
                setEditing(false);
              }}
              onCancel={() => setEditing(false)}
            />
          ) : (
            <p className="actions">
              <button
                type="button"
                className="button secondary small"
                onClick={() => setEditing(true)}
              >
                Edit<span className="visually-hidden"> {material.title}</span>
              </button>
              <button
                type="button"
                className="link-button danger"
                onClick={() => {
                  if (
                    window.confirm(
                      preReading
                        ? `Remove “${material.title}” from the pre-reading?`
                        : `Remove “${material.title}” from after the module?`,
                    )
                  )
                    manage.onDelete();
                }}
              >
                Remove<span className="visually-hidden"> {material.title}</span>
              </button>
            </p>
          )}
          <FileUploader holder={holder} label={`Attach a file to “${material.title}”`} />
        </div>
      )}
      {recording && (
        <div className="reading-actions">
          <Checkbox
            id={`${id}-done`}
            label={doneLabels[material.kind]}
            checked={read}
            onChange={(checked) => void save({ read: checked }).catch(() => undefined)}
          />
          <Form
            className="takeaway"
            onSubmit={handleTakeaway}
            failure="We could not save your takeaway. Check your connection and try again; it is still here."
          >
            <TextField
              id={`${id}-takeaway`}
              label="Your takeaway (optional, one line)"
              maxLength={LIMITS.takeaway}
              value={takeaway}
              onChange={setTakeaway}
            />
            <SubmitButton className="button secondary small" pendingLabel="Saving…">
              Save takeaway
            </SubmitButton>
          </Form>
        </div>
      )}
    </li>
  );
}
