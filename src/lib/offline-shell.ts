let applyUpdate: (() => Promise<void>) | null = null;
const listeners = new Set<() => void>();

/**
 * Production builds keep their own files on the device, so the portal opens without a connection.
 * The service worker's code loads after the page, off the first screen's path, and a few quiet
 * seconds later still: installing it downloads and stores every built file, which on a slow phone
 * competes with the first view for the processor and the network. A new version is offered, never
 * forced: it takes over when the person reloads from the prompt.
 */
export function registerOfflineShell(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => setTimeout(() => import('./offline-shell-worker'), 3000));
}

/** Called by the service worker's module when a new version is waiting. */
export function offerUpdate(apply: () => Promise<void>): void {
  applyUpdate = apply;
  for (const listener of listeners) listener();
}

export function subscribeToUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const updateIsReady = () => applyUpdate !== null;

export const reloadForUpdate = () => applyUpdate?.();
