import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { formatWrittenOn } from '@/lib/dates';
import { useMyEntries } from '../api/entries';
import { differsFrom, listDrafts, type Draft } from '../drafts/draft-store';
import { visibilityLabel } from './visibility-picker';

type JournalListProps = {
  cohortId: string;
  uid: string;
  moduleTitle: (moduleId: string) => string;
  entryPath: (entryId: string) => string;
  editPath: (entryId: string) => string;
  /** True in an archived cohort, where a draft can never be saved, only copied and deleted. */
  archived: boolean;
};

export function JournalList({
  cohortId,
  uid,
  moduleTitle,
  entryPath,
  editPath,
  archived,
}: JournalListProps) {
  const { data: entries } = useMyEntries(cohortId, uid);
  const [drafts, setDrafts] = useState<Draft[]>([]);

  useEffect(() => {
    let current = true;
    void listDrafts(uid, cohortId).then((all) => {
      if (!current) return;
      setDrafts(
        all.filter((draft) =>
          differsFrom(draft, entries.find((e) => e.id === draft.entryId) ?? null),
        ),
      );
    });
    return () => {
      current = false;
    };
  }, [cohortId, uid, entries]);

  return (
    <>
      {drafts.length > 0 && (
        <section className="card warning" aria-labelledby="drafts-heading">
          <h2 id="drafts-heading">Kept on this device, not saved yet</h2>
          <p>
            {archived
              ? 'This cohort is archived, so these can no longer be saved. Open each one to copy its text, then delete it from this device.'
              : 'Open each one to finish saving it. It stays on this device until the portal has it.'}
          </p>
          <ul>
            {drafts.map((draft) => (
              <li key={draft.entryId}>
                <Link to={editPath(draft.entryId)}>{draft.title || 'Untitled reflection'}</Link>
                {draft.refusedByServer && !archived && (
                  <span className="badge badge-danger">The portal refused this – check it</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {entries.length === 0 ? (
        <p className="card">
          {archived
            ? 'You did not write any reflections in this cohort.'
            : 'You have not written any reflections yet. Start with the last module you attended.'}
        </p>
      ) : (
        <ul className="entries">
          {entries.map((entry) => (
            <li key={entry.id} className="card entry-summary">
              <p className="eyebrow">
                {moduleTitle(entry.moduleId)} · {formatWrittenOn(entry.updatedAt)}
              </p>
              <h2>
                <Link to={entryPath(entry.id)}>{entry.title || 'Untitled reflection'}</Link>
              </h2>
              <p>
                <span className={`badge badge-${entry.visibility}`}>
                  {visibilityLabel(entry.visibility)}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
