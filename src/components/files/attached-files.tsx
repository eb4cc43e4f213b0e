import { useState } from 'react';
import { FILE_TYPES, formatFileSize, type AttachedFile } from '@/lib/files';
import { openFile, removeFile, type FileHolder } from '@/lib/file-transfer';

type AttachedFilesProps = {
  holder: FileHolder;
  files: AttachedFile[] | undefined;
  /** For the cohort's facilitators: each file can be taken off again. */
  canRemove?: boolean;
  label?: string;
};

/** The files on a material or an announcement, each opened through a link signed for minutes. */
export function AttachedFiles({ holder, files, canRemove = false, label }: AttachedFilesProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  if (!files || files.length === 0) return null;

  async function run(file: AttachedFile, action: () => Promise<void>) {
    setProblem(null);
    setBusy(file.id);
    try {
      await action();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'That did not work. Try again.');
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="attached-files">
      {label && <p className="attached-files-label">{label}</p>}
      <ul>
        {files.map((file) => (
          <li key={file.id}>
            <button
              type="button"
              className="link-button"
              disabled={busy === file.id}
              onClick={() => void run(file, () => openFile(holder, file))}
            >
              {file.name}
            </button>{' '}
            <span className="hint">
              ({FILE_TYPES[file.type]?.label ?? 'file'}, {formatFileSize(file.size)})
            </span>
            {canRemove && (
              <>
                {' '}
                <button
                  type="button"
                  className="link-button danger"
                  disabled={busy === file.id}
                  onClick={() => {
                    if (window.confirm(`Remove the file “${file.name}”?`))
                      void run(file, () => removeFile(holder, file));
                  }}
                >
                  Remove<span className="visually-hidden"> {file.name}</span>
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {problem && (
        <p className="alert alert-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
