declare const __BUILD_ID__: string;

/** Production builds keep their own files on the device, so the portal opens without a connection. */
export function registerOfflineShell(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`/sw.js?build=${__BUILD_ID__}`).catch((error: unknown) => {
      console.warn('The portal could not be kept for offline use:', error);
    });
  });
}
