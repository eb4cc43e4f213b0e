import { fileProblem, MAX_FILE_BYTES, type AttachedFile, type FileTarget } from '@/lib/files';

// The bucket is closed to the browser: each upload and download goes through a URL a function
// signs for that one file, for a few minutes (decision 0035). The Functions SDK loads only when
// someone opens or attaches a file.

export type FileHolder = { cohortId: string; target: FileTarget; targetId: string };

export class FileNotAttached extends Error {}

const call = async <Request, Response>(name: string, data: Request) => {
  const { callable } = await import('@/lib/firebase/functions');
  return (await callable<Request, Response>(name)(data)).data;
};

/** The function's own words when it refused, or none when the connection failed. */
const refusal = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  'code' in error &&
  String(error.code) === 'functions/failed-precondition' &&
  error instanceof Error
    ? error.message
    : null;

/** Opens a file: the browser downloads it from the signed URL under its own name. */
export async function openFile(holder: FileHolder, file: AttachedFile): Promise<void> {
  try {
    const { url } = await call<FileHolder & { fileId: string }, { url: string }>(
      'fileDownloadUrl',
      { ...holder, fileId: file.id },
    );
    window.location.assign(url);
  } catch (error) {
    throw new FileNotAttached(
      refusal(error) ?? `“${file.name}” could not be opened. Check your connection and try again.`,
    );
  }
}

/** Sends one file and has it recorded; refuses with words to show beside the file field. */
export async function attachFile(holder: FileHolder, file: File): Promise<AttachedFile> {
  const problem = fileProblem(file);
  if (problem) throw new FileNotAttached(problem);
  const name = file.name.trim();
  try {
    const upload = await call<
      FileHolder & { name: string; size: number; type: string },
      { fileId: string; url: string; type: string }
    >('fileUploadUrl', { ...holder, name, size: file.size, type: file.type });
    const sent = await fetch(upload.url, {
      method: 'PUT',
      headers: {
        'Content-Type': upload.type,
        'x-goog-content-length-range': `1,${MAX_FILE_BYTES}`,
      },
      body: file,
    });
    if (!sent.ok) throw new Error(`The bucket answered ${sent.status}.`);
    return await call<FileHolder & { fileId: string; name: string }, AttachedFile>(
      'confirmFileUpload',
      { ...holder, fileId: upload.fileId, name },
    );
  } catch (error) {
    throw new FileNotAttached(
      refusal(error) ?? `“${name}” could not be sent. Check your connection and attach it again.`,
    );
  }
}

export async function removeFile(holder: FileHolder, file: AttachedFile): Promise<void> {
  await call('removeAttachedFile', { ...holder, fileId: file.id });
}
