import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
import { DEMO_PROJECT_ID } from '../../../scripts/seed/demo-people';

const adminApp = () =>
  getApps().find((a) => a.name === 'e2e-check') ??
  initializeApp({ projectId: DEMO_PROJECT_ID }, 'e2e-check');

/** Reads what really reached the emulator, behind the interface, to check what a test did. */
export const adminDb = () => getFirestore(adminApp());

/** The Auth emulator's accounts, to make and check people a test needs. */
export const adminAuth = () => getAuth(adminApp());
