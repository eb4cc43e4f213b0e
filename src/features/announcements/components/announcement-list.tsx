import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { Markdown } from '@/components/ui/markdown';
import { lazy, Suspense } from 'react';
import { AttachedFiles } from '@/components/files/attached-files';
import { formatWrittenOn } from '@/lib/dates';
import { queryClient } from '@/lib/query-client';
import { announcementKeys, useAnnouncements } from '../api/announcements';

// Only those who post attach files, so only they load the form.
const FileUploader = lazy(() => import('@/components/files/file-uploader'));

type AnnouncementListProps = {
  cohortId: string;
  max?: number;
  onRemove?: (announcementId: string) => void;
};

export function AnnouncementList({ cohortId, max = 3, onRemove }: AnnouncementListProps) {
  const { data, isPending, isError } = useAnnouncements(cohortId, max);
  if (isPending) return <Loading label="Loading announcements…" />;
  if (isError)
    return <Alert tone="error">We could not load the announcements. Try again in a moment.</Alert>;
  if (data.length === 0) return <p className="hint">No announcements yet.</p>;
  return (
    <ul className="announcements">
      {data.slice(0, max).map((announcement) => (
        <li key={announcement.id} className="card">
          <h3>{announcement.title}</h3>
          <p className="eyebrow">
            {announcement.authorName} · {formatWrittenOn(announcement.createdAt)}
          </p>
          <Markdown>{announcement.body}</Markdown>
          <AttachedFiles
            holder={{ cohortId, target: 'announcement', targetId: announcement.id }}
            files={announcement.files}
            canRemove={onRemove !== undefined}
            label="Files"
          />
          {onRemove && (
            <Suspense fallback={null}>
              <FileUploader
                holder={{ cohortId, target: 'announcement', targetId: announcement.id }}
                label={`Attach a file to “${announcement.title}”`}
                onAttached={() =>
                  void queryClient.invalidateQueries({
                    queryKey: announcementKeys.latest(cohortId),
                  })
                }
              />
            </Suspense>
          )}
          {onRemove && (
            <button
              type="button"
              className="link-button danger"
              onClick={() => {
                if (window.confirm(`Remove the announcement “${announcement.title}”?`))
                  onRemove(announcement.id);
              }}
            >
              Remove<span className="visually-hidden"> {announcement.title}</span>
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
