import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { DEMO_PROJECT_ID } from '../../../scripts/seed/demo-people';

/** Reads what really reached the emulator, behind the interface, to check what a test did. */
export function adminDb() {
  const app =
    getApps().find((a) => a.name === 'e2e-check') ??
    initializeApp({ projectId: DEMO_PROJECT_ID }, 'e2e-check');
  return getFirestore(app);
}
