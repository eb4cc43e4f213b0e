import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import {
  getFirestore,
  type CollectionReference,
  type DocumentReference,
} from 'firebase-admin/firestore';
import { DEMO_PROJECT_ID } from '../../../scripts/seed/demo-people';

const adminApp = () =>
  getApps().find((a) => a.name === 'e2e-check') ??
  initializeApp({ projectId: DEMO_PROJECT_ID }, 'e2e-check');

/** Reads what really reached the emulator, behind the interface, to check what a test did. */
export const adminDb = () => getFirestore(adminApp());

/** The Auth emulator's accounts, to make and check people a test needs. */
export const adminAuth = () => getAuth(adminApp());

/** Every document under a path, read behind the rules, to prove what is left. */
export async function everyDocumentUnder(ref: DocumentReference): Promise<DocumentReference[]> {
  const found: DocumentReference[] = [];
  for (const collection of await ref.listCollections())
    found.push(...(await everyDocumentIn(collection)));
  return found;
}

/** Every document in a collection, and under each of them. */
export async function everyDocumentIn(
  collection: CollectionReference,
): Promise<DocumentReference[]> {
  const found: DocumentReference[] = [];
  for (const child of await collection.listDocuments()) {
    if ((await child.get()).exists) found.push(child);
    found.push(...(await everyDocumentUnder(child)));
  }
  return found;
}

/** The last code the Auth emulator "texted" to a number: it keeps them for tests instead of sending. */
export async function lastCodeTextedTo(phoneNumber: string): Promise<string> {
  const response = await fetch(
    `http://127.0.0.1:9099/emulator/v1/projects/${DEMO_PROJECT_ID}/verificationCodes`,
  );
  const { verificationCodes } = (await response.json()) as {
    verificationCodes: { phoneNumber: string; code: string }[];
  };
  const code = verificationCodes.filter((sent) => sent.phoneNumber === phoneNumber).at(-1)?.code;
  if (!code) throw new Error(`No code was texted to ${phoneNumber}.`);
  return code;
}
