import { useEffect, useRef } from 'react';

type UnsavedMarksDialogProps = { count: number; onStay: () => void; onLeave: () => void };

/** Asks before leaving the page while marks exist only on this screen. */
export function UnsavedMarksDialog({ count, onStay, onLeave }: UnsavedMarksDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="card dialog"
      aria-labelledby="unsaved-marks-heading"
      aria-describedby="unsaved-marks-explanation"
      onCancel={onStay}
    >
      <h2 id="unsaved-marks-heading">
        {count === 1 ? 'One mark is' : `${count} marks are`} not saved yet
      </h2>
      <p id="unsaved-marks-explanation">
        Leaving this page now loses {count === 1 ? 'it' : 'them'}. Stay to save them with “Save
        attendance”.
      </p>
      <p className="actions">
        <button type="button" className="button" onClick={onStay}>
          Stay and save them
        </button>
        <button type="button" className="button secondary danger" onClick={onLeave}>
          Leave without saving
        </button>
      </p>
    </dialog>
  );
}
