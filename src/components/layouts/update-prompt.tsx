import { useState, useSyncExternalStore } from 'react';
import { reloadForUpdate, subscribeToUpdate, updateIsReady } from '@/lib/offline-shell';

/** Offers a new version of the portal; drafts are kept on the device before it reloads. */
export function UpdatePrompt() {
  const ready = useSyncExternalStore(subscribeToUpdate, updateIsReady, () => false);
  const [later, setLater] = useState(false);
  const [reloading, setReloading] = useState(false);
  return (
    <div aria-live="polite" className="update-prompt-region">
      {ready && !later && (
        <div className="update-prompt">
          <p>A new version of the portal is ready. Anything you are writing is kept.</p>
          <p className="actions">
            <button
              type="button"
              className="button small"
              disabled={reloading}
              onClick={() => {
                setReloading(true);
                void reloadForUpdate();
              }}
            >
              Reload to update
            </button>
            <button type="button" className="button secondary small" onClick={() => setLater(true)}>
              Later
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
