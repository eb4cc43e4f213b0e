// What a facilitator may attach to a material or an announcement, declared once: the screen
// checks a file before uploading it and the functions check the request and the stored object
// against the same list (decision 0035).

export const MAX_FILE_BYTES = 25 * 1024 * 1024;
export const MAX_FILES_PER_ITEM = 10;

/** Each type the portal takes, by the extensions its files are saved with. */
export const FILE_TYPES: Record<string, { label: string; extensions: string[] }> = {
  'application/pdf': { label: 'PDF', extensions: ['pdf'] },
  'application/msword': { label: 'Word', extensions: ['doc'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    label: 'Word',
    extensions: ['docx'],
  },
  'application/vnd.ms-powerpoint': { label: 'PowerPoint', extensions: ['ppt'] },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': {
    label: 'PowerPoint',
    extensions: ['pptx'],
  },
  'application/vnd.ms-excel': { label: 'Excel', extensions: ['xls'] },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    label: 'Excel',
    extensions: ['xlsx'],
  },
  'image/png': { label: 'image', extensions: ['png'] },
  'image/jpeg': { label: 'image', extensions: ['jpg', 'jpeg'] },
  'image/gif': { label: 'image', extensions: ['gif'] },
  'image/webp': { label: 'image', extensions: ['webp'] },
};

export const FILE_ACCEPT = Object.values(FILE_TYPES)
  .flatMap((type) => type.extensions.map((extension) => `.${extension}`))
  .join(',');

export type FileTarget = 'material' | 'announcement';
export const fileTargets: FileTarget[] = ['material', 'announcement'];

/** What the material or announcement holds of each file; only the functions write it. */
export type AttachedFile = { id: string; name: string; size: number; type: string; path: string };

const extensionOf = (name: string) => name.toLowerCase().split('.').at(-1) ?? '';

/**
 * The type a file is taken as: the one its extension names. A browser may leave the type empty
 * (it often does for Office files), but one it gives must agree with the extension.
 */
export function fileTypeOf(name: string, givenType: string): string | null {
  const extension = extensionOf(name);
  const type = Object.keys(FILE_TYPES).find((key) =>
    FILE_TYPES[key]?.extensions.includes(extension),
  );
  if (!type) return null;
  return givenType === '' || givenType === type ? type : null;
}

export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why a file cannot be attached, in words for the person attaching it; null if it can. */
export function fileProblem(file: { name: string; size: number; type: string }): string | null {
  const name = file.name.trim();
  if (name.length === 0 || name.length > 200) {
    return 'Give the file a name of at most 200 characters, then attach it again.';
  }
  if (!fileTypeOf(name, file.type)) {
    return `“${name}” is not a kind of file the portal takes. Attach a PDF, Word, PowerPoint or Excel file, or an image (PNG, JPEG, GIF or WebP).`;
  }
  if (file.size > MAX_FILE_BYTES) {
    return `“${name}” is ${formatFileSize(file.size)}: files can be up to 25 MB. Make it smaller (slides saved as PDF often are) and attach it again.`;
  }
  if (file.size === 0) return `“${name}” is empty. Attach the file again.`;
  return null;
}
