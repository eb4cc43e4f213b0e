import type { EntryContent, SavedVersion } from '../api/save-entry';

type EditConflictProps = {
  theirs: SavedVersion;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
};

/** Both versions stay until the author chooses; neither is dropped without them seeing it. */
export function EditConflictPanel({ theirs, onKeepMine, onTakeTheirs }: EditConflictProps) {
  return (
    <section className="alert alert-error conflict" role="alert" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">This reflection was changed somewhere else</h2>
      <p>
        It was saved from another tab or device after you opened it here. Nothing has been
        overwritten: your text is in the editor and kept on this device, and the other version is
        below. Choose which one to keep.
      </p>
      <VersionText label="The other version" version={theirs} />
      <p className="actions">
        <button type="button" className="button" onClick={onKeepMine}>
          Keep my version
        </button>
        <button type="button" className="button secondary" onClick={onTakeTheirs}>
          Use the other version
        </button>
      </p>
    </section>
  );
}

type ReplacedTextProps = { text: EntryContent; onDismiss: () => void };

/** After taking the other version, the author's own text stays on screen to copy from. */
export function ReplacedText({ text, onDismiss }: ReplacedTextProps) {
  return (
    <section className="alert alert-info conflict" aria-labelledby="replaced-heading">
      <h2 id="replaced-heading">You chose the other version</h2>
      <p>The editor now holds the other version. Copy anything you want from your text below.</p>
      <VersionText label="Your text from before" version={text} />
      <p className="actions">
        <button type="button" className="button secondary" onClick={onDismiss}>
          I have what I need
        </button>
      </p>
    </section>
  );
}

function VersionText({ label, version }: { label: string; version: EntryContent }) {
  const id = label.toLowerCase().replace(/\W+/g, '-');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        readOnly
        rows={8}
        value={version.title ? `${version.title}\n\n${version.body}` : version.body}
      />
    </div>
  );
}
