import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { Draft } from '../drafts/draft-store';

type UnsavedDraftsDialogProps = {
  drafts: Draft[];
  ownDevice: boolean;
  onStay: () => void;
  onSignOut: () => void;
};

/** Asks before signing out while text exists only on this device. */
export function UnsavedDraftsDialog({
  drafts,
  ownDevice,
  onStay,
  onSignOut,
}: UnsavedDraftsDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  const count = drafts.length === 1 ? 'One reflection is' : `${drafts.length} reflections are`;
  return (
    <dialog
      ref={dialog}
      className="card dialog"
      aria-labelledby="unsaved-heading"
      aria-describedby="unsaved-explanation"
      onCancel={onStay}
    >
      <h2 id="unsaved-heading">{count} not saved to the portal yet</h2>
      <p id="unsaved-explanation">
        {ownDevice
          ? 'They are kept on this device and will be saved the next time you sign in here with a connection.'
          : 'This is not your own device, so signing out deletes them from it. Open them to save or copy the text first.'}
      </p>
      <ul>
        {drafts.map((draft) => (
          <li key={`${draft.cohortId}/${draft.entryId}`}>
            <Link to={paths.journalEdit(draft.cohortId, draft.entryId)} onClick={onStay}>
              {draft.title.trim() || 'Untitled reflection'}
            </Link>
            {draft.refusedByServer && ' (the portal would not accept it)'}
          </li>
        ))}
      </ul>
      <p className="actions">
        <button type="button" className="button" onClick={onStay}>
          Stay signed in
        </button>
        <button type="button" className="button secondary danger" onClick={onSignOut}>
          {ownDevice ? 'Sign out' : 'Delete them and sign out'}
        </button>
      </p>
    </dialog>
  );
}
