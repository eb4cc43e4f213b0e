import { Storage, type Bucket } from '@google-cloud/storage';
import { generateKeyPairSync } from 'node:crypto';

// In production the function's own service account signs, through IAM's signBlob (it needs
// iam.serviceAccounts.signBlob on itself: see the runbook). Locally fake-gcs-server checks no
// signature, so a key made when the process starts signs instead: it is never written anywhere
// and means nothing to any real bucket (decision 0035).
let storage: Storage | null = null;

/** Its JSON API under STORAGE_EMULATOR_HOST; the signed URLs name its origin, as they do Google's. */
function emulatedStorage(emulatorHost: string): Storage {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return new Storage({
    projectId: projectId(),
    apiEndpoint: new URL(emulatorHost).origin,
    credentials: {
      client_email: `local-signer@${projectId()}.iam.gserviceaccount.com`,
      private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    },
  });
}

function projectId(): string {
  return process.env['GCLOUD_PROJECT'] ?? process.env['GOOGLE_CLOUD_PROJECT'] ?? '';
}

/** The project's default Firebase bucket, which holds the files attached to cohorts' content. */
export function filesBucket(): Bucket {
  const emulatorHost = process.env['STORAGE_EMULATOR_HOST'];
  storage ??= emulatorHost ? emulatedStorage(emulatorHost) : new Storage();
  return storage.bucket(`${projectId()}.firebasestorage.app`);
}

/** Every object a cohort's content holds, for the retention deletion. */
export const cohortFilesPrefix = (cohortId: string) => `cohorts/${cohortId}/`;
