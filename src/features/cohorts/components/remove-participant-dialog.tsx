import { useEffect, useRef, useState } from 'react';
import { formatLongDate, todayIso } from '@/lib/dates';
import { REMOVAL_GRACE_DAYS } from '@/lib/retention';

type RemoveParticipantDialogProps = {
  name: string;
  onRemove: () => void;
  onCancel: () => void;
};

/**
 * Says, before a participant is removed, what happens to them and to their writing (decision
 * 0027): the seat frees now, they keep their own entries and their download for the grace period,
 * and then the cohort's copy of everything of theirs is erased.
 */
export function RemoveParticipantDialog({
  name,
  onRemove,
  onCancel,
}: RemoveParticipantDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  // The day the erasure falls due if they are removed now, as the dialog opens.
  const [erasedOn] = useState(() =>
    formatLongDate(todayIso(new Date(Date.now() + REMOVAL_GRACE_DAYS * 86_400_000))),
  );
  return (
    <dialog
      ref={dialog}
      className="card dialog"
      aria-labelledby="remove-heading"
      aria-describedby="remove-explanation"
      onCancel={onCancel}
    >
      <h2 id="remove-heading">Remove {name} from the cohort?</h2>
      <div id="remove-explanation">
        <p>
          Their seat is freed at once, and they no longer see anything of the cohort: not the
          timetable, the materials, other people’s writing or the people list.
        </p>
        <h3>What happens to their writing</h3>
        <ul>
          <li>
            For {REMOVAL_GRACE_DAYS} days, until {erasedOn}, they can still sign in, read their own
            journal entries (private ones included) and download their data. They are told so by
            email.
          </li>
          <li>
            Entries they shared stay readable to those they shared them with until then. Their
            private entries stay private.
          </li>
          <li>
            On {erasedOn} everything of theirs in this cohort is erased automatically: journal
            entries and the replies to them, their replies to others, goals, reading records,
            director call, attendance and feedback answers. Their national network profile is theirs
            and stays.
          </li>
        </ul>
        <p className="hint">
          Where the data should go at once instead, the programme team erases it from the programme
          team page, which asks for their password again.
        </p>
      </div>
      <p className="actions">
        <button type="button" className="button secondary danger" onClick={onRemove}>
          Remove {name}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </dialog>
  );
}
