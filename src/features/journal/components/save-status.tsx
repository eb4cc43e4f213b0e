import type { SaveState } from '../drafts/use-entry-autosave';

const messages: Record<SaveState, string> = {
  unchanged: 'Nothing to save yet',
  saving: 'Saving…',
  saved: 'Saved',
  offline: 'Offline – kept on this device',
  refused: 'Not saved – copy your text',
  conflict: 'Not saved – changed somewhere else',
};

export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <p className={`save-status save-${state}`} role="status" aria-live="polite">
      {messages[state]}
      {state === 'refused' && (
        <span className="save-detail">
          {' '}
          The portal would not accept this entry. It is kept on this device: copy it somewhere safe,
          then shorten it or choose another module and it will save again, or delete it from this
          device.
        </span>
      )}
    </p>
  );
}
