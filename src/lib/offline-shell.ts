import { settleBeforeReload } from './before-reload';

let applyUpdate: (() => Promise<void>) | null = null;
const listeners = new Set<() => void>();

/**
 * Production builds keep their own files on the device, so the portal opens without a connection.
 * The service worker's code loads after the page, off the first screen's path. A new version is
 * offered, never forced: it takes over when the person reloads from the prompt.
 */
export function registerOfflineShell(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', async () => {
    const { registerSW } = await import('virtual:pwa-register');
    const updateSW = registerSW({
      onNeedRefresh() {
        applyUpdate = async () => {
          await settleBeforeReload();
          await updateSW(true);
        };
        for (const listener of listeners) listener();
      },
      onRegisteredSW(_url, registration) {
        // People keep the portal open for days; look for a new version whenever it comes back.
        document.addEventListener('visibilitychange', () => {
          if (document.visibilityState === 'visible') void registration?.update();
        });
      },
      onRegisterError(error: unknown) {
        console.warn('The portal could not be kept for offline use:', error);
      },
    });
  });
}

export function subscribeToUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const updateIsReady = () => applyUpdate !== null;

export const reloadForUpdate = () => applyUpdate?.();
