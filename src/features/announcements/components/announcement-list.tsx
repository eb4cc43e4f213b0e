import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { Markdown } from '@/components/ui/markdown';
import { formatWrittenOn } from '@/lib/dates';
import { useAnnouncements } from '../api/announcements';

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
