import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';

// One Admin app per process, for the functions and for the command-line jobs alike.
const app = () => getApps()[0] ?? initializeApp();

export const adminDb = () => getFirestore(app());
export const adminAuth = () => getAuth(app());
