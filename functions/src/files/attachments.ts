import { randomUUID } from 'node:crypto';
import { FieldValue } from 'firebase-admin/firestore';
import {
  fileProblem,
  fileTypeOf,
  MAX_FILE_BYTES,
  MAX_FILES_PER_ITEM,
  type AttachedFile,
  type FileTarget,
} from '@/lib/files';
import type { Services } from '../services';
import { filesBucket } from './bucket';

// Files attached to a material or an announcement (decision 0035). The bucket is closed to
// clients: these functions check the caller's place in the cohort, then issue a URL signed for
// one upload or one download of one object, valid for minutes. The file's record on the
// material or announcement is written here alone, once the stored object has been checked.

export class FileRefused extends Error {}

export type FileCaller = { uid: string; programmeTeam: boolean };
export type FileRequest = { cohortId: string; target: FileTarget; targetId: string };

/** Long enough to send 25 MB on a slow connection; a download link is opened at once. */
export const UPLOAD_MINUTES = 15;
export const DOWNLOAD_MINUTES = 5;

const collectionOf = (target: FileTarget) =>
  target === 'material' ? 'materials' : 'announcements';

export const targetPath = ({ cohortId, target, targetId }: FileRequest) =>
  `cohorts/${cohortId}/${collectionOf(target)}/${targetId}`;

const isId = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{1,128}$/.test(value);

export function parseFileRequest(data: unknown): (FileRequest & Record<string, unknown>) | null {
  const given = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (!isId(given['cohortId']) || !isId(given['targetId'])) return null;
  if (given['target'] !== 'material' && given['target'] !== 'announcement') return null;
  return given as FileRequest & Record<string, unknown>;
}

/** The object's name keeps the file's name readable, with nothing a path or a header minds. */
const safeName = (name: string) =>
  name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'file';

async function roleIn(services: Pick<Services, 'db'>, cohortId: string, uid: string) {
  const member = await services.db.doc(`cohorts/${cohortId}/members/${uid}`).get();
  return member.exists ? (member.get('role') as string) : null;
}

async function requireFacilitator(
  services: Pick<Services, 'db'>,
  caller: FileCaller,
  request: FileRequest,
) {
  if ((await roleIn(services, request.cohortId, caller.uid)) !== 'facilitator') {
    throw new FileRefused('Only the cohort’s facilitators attach or remove files.');
  }
  const cohort = await services.db.doc(`cohorts/${request.cohortId}`).get();
  if (!cohort.exists || cohort.get('archived') !== false) {
    throw new FileRefused('This cohort is archived: its content can no longer change.');
  }
}

const filesOf = (data: Record<string, unknown> | undefined): AttachedFile[] =>
  Array.isArray(data?.['files']) ? (data['files'] as AttachedFile[]) : [];

/** A URL for one PUT of one file, after the same checks the screen made. */
export async function issueUploadUrl(
  services: Pick<Services, 'db' | 'now'>,
  caller: FileCaller,
  request: FileRequest,
  file: { name: unknown; size: unknown; type: unknown },
): Promise<{ fileId: string; url: string; type: string }> {
  await requireFacilitator(services, caller, request);
  if (
    typeof file.name !== 'string' ||
    typeof file.size !== 'number' ||
    !Number.isInteger(file.size) ||
    typeof file.type !== 'string'
  ) {
    throw new FileRefused('Say which file: its name, size and type.');
  }
  const problem = fileProblem({ name: file.name, size: file.size, type: file.type });
  if (problem) throw new FileRefused(problem);
  const type = fileTypeOf(file.name.trim(), file.type) as string;
  const target = await services.db.doc(targetPath(request)).get();
  if (!target.exists) throw new FileRefused('This has been deleted, so nothing can be attached.');
  if (filesOf(target.data()).length >= MAX_FILES_PER_ITEM) {
    throw new FileRefused(`Each can have at most ${MAX_FILES_PER_ITEM} files. Remove one first.`);
  }
  const fileId = randomUUID().replaceAll('-', '');
  const object = filesBucket().file(
    `${targetPath(request)}/${fileId}/${safeName(file.name.trim())}`,
  );
  // The signature covers the type and the size range, so the bucket refuses an upload that
  // claims another; the confirmation still reads what was stored.
  const [url] = await object.getSignedUrl({
    version: 'v4',
    action: 'write',
    expires: services.now().getTime() + UPLOAD_MINUTES * 60_000,
    contentType: type,
    extensionHeaders: { 'x-goog-content-length-range': `1,${MAX_FILE_BYTES}` },
  });
  return { fileId, url, type };
}

/**
 * Records an uploaded file on its material or announcement once the stored object is one the
 * portal takes; an object that is not (too big, another type, the wrong place) is deleted and
 * nothing is recorded. Asking twice records it once.
 */
export async function confirmUpload(
  services: Pick<Services, 'db'>,
  caller: FileCaller,
  request: FileRequest,
  fileId: unknown,
  displayName: unknown,
): Promise<AttachedFile> {
  await requireFacilitator(services, caller, request);
  if (!isId(fileId) || typeof displayName !== 'string') {
    throw new FileRefused('Say which upload to confirm.');
  }
  const prefix = `${targetPath(request)}/${fileId}/`;
  const [objects] = await filesBucket().getFiles({ prefix });
  const object = objects[0];
  if (!object || objects.length !== 1) {
    throw new FileRefused('The file did not arrive. Attach it again.');
  }
  const [metadata] = await object.getMetadata();
  const name = displayName.trim();
  const size = Number(metadata.size);
  const stored = { name, size, type: String(metadata.contentType ?? '') };
  // The name and size first, with the type the name gives; then whether the stored type is it.
  const problem =
    fileProblem({ ...stored, type: '' }) ??
    (fileTypeOf(name, stored.type) !== stored.type || object.name !== `${prefix}${safeName(name)}`
      ? `“${name}” did not arrive as the file that was announced. Attach it again.`
      : null);
  const remove = () => object.delete({ ignoreNotFound: true });
  if (problem) {
    await remove();
    throw new FileRefused(problem);
  }
  const attached: AttachedFile = { id: fileId, ...stored, path: object.name };
  const ref = services.db.doc(targetPath(request));
  const outcome = await services.db.runTransaction(async (transaction) => {
    const target = await transaction.get(ref);
    if (!target.exists) return 'gone';
    const files = filesOf(target.data());
    if (files.some((file) => file.id === fileId)) return 'recorded';
    if (files.length >= MAX_FILES_PER_ITEM) return 'full';
    transaction.update(ref, { files: FieldValue.arrayUnion(attached) });
    return 'recorded';
  });
  if (outcome !== 'recorded') {
    await remove();
    throw new FileRefused(
      outcome === 'gone'
        ? 'This has been deleted, so the file was not kept.'
        : `Each can have at most ${MAX_FILES_PER_ITEM} files. Remove one first.`,
    );
  }
  return attached;
}

/** Takes a file off its material or announcement and out of the bucket. */
export async function removeFile(
  services: Pick<Services, 'db'>,
  caller: FileCaller,
  request: FileRequest,
  fileId: unknown,
): Promise<void> {
  await requireFacilitator(services, caller, request);
  if (!isId(fileId)) throw new FileRefused('Say which file to remove.');
  const ref = services.db.doc(targetPath(request));
  await services.db.runTransaction(async (transaction) => {
    const target = await transaction.get(ref);
    const files = filesOf(target.data());
    if (!files.some((file) => file.id === fileId)) return;
    transaction.update(ref, { files: files.filter((file) => file.id !== fileId) });
  });
  await filesBucket().deleteFiles({ prefix: `${targetPath(request)}/${fileId}/` });
}

/** A URL for one download, for a member of the cohort or the programme team. */
export async function issueDownloadUrl(
  services: Pick<Services, 'db' | 'now'>,
  caller: FileCaller,
  request: FileRequest,
  fileId: unknown,
): Promise<{ url: string; name: string }> {
  if (!caller.programmeTeam && !(await roleIn(services, request.cohortId, caller.uid))) {
    throw new FileRefused('Only members of this cohort can open its files.');
  }
  const target = await services.db.doc(targetPath(request)).get();
  const file = filesOf(target.data()).find((attached) => attached.id === fileId);
  // Only an object filed under this very material or announcement is signed for its readers.
  if (!file || !file.path.startsWith(`${targetPath(request)}/${file.id}/`)) {
    throw new FileRefused('This file has been removed.');
  }
  const [url] = await filesBucket()
    .file(file.path)
    .getSignedUrl({
      version: 'v4',
      action: 'read',
      expires: services.now().getTime() + DOWNLOAD_MINUTES * 60_000,
      responseDisposition: `attachment; filename="${safeName(file.name)}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      responseType: file.type,
    });
  return { url, name: file.name };
}

/** When a material or announcement is deleted its files go with it; deleting again is harmless. */
export async function deleteFilesOf(request: FileRequest): Promise<void> {
  await filesBucket().deleteFiles({ prefix: `${targetPath(request)}/` });
}
