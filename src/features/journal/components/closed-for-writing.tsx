import { Link, useNavigate } from 'react-router';
import type { EntryContent } from '../api/save-entry';
import { removeDraft } from '../drafts/draft-store';

type ClosedForWritingProps = {
  uid: string;
  cohortId: string;
  entryId: string;
  /** Text on this device that the portal never had, if any. */
  unsaved: EntryContent | null;
  journalPath: string;
};

/**
 * What the editor's address shows in an archived cohort: nothing to type into, since nothing can
 * be saved there, and a way to take away and then delete any text this device still holds.
 */
export function ClosedForWriting({
  uid,
  cohortId,
  entryId,
  unsaved,
  journalPath,
}: ClosedForWritingProps) {
  const navigate = useNavigate();

  async function handleDelete() {
    if (!window.confirm('Delete this text from this device? This cannot be undone.')) return;
    await removeDraft(uid, cohortId, entryId);
    navigate(journalPath, { replace: true });
  }

  return (
    <div className="card stack">
      <p>
        This cohort has finished and is archived. Its reflections can still be read, and nothing new
        can be written or saved in it.
      </p>
      {unsaved && (
        <>
          <p>
            This device still holds text that was never saved to the portal. Copy anything you want
            to keep, then delete it from this device.
          </p>
          <div className="field">
            <label htmlFor="unsaved-text">{unsaved.title.trim() || 'Untitled reflection'}</label>
            <textarea id="unsaved-text" rows={10} readOnly value={unsaved.body} />
          </div>
          <p className="actions">
            <button type="button" className="button secondary danger" onClick={handleDelete}>
              Delete it from this device
            </button>
          </p>
        </>
      )}
      <p>
        <Link to={journalPath}>Back to your journal</Link>
      </p>
    </div>
  );
}
