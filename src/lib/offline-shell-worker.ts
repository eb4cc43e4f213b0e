import { registerSW } from 'virtual:pwa-register';
import { settleBeforeReload } from './before-reload';
import { offerUpdate } from './offline-shell';

// Registers the service worker as it loads; offline-shell.ts loads this module when the first view
// has settled, so none of it is in the way of the first screen.
const updateSW = registerSW({
  onNeedRefresh() {
    offerUpdate(async () => {
      await settleBeforeReload();
      await updateSW(true);
    });
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
