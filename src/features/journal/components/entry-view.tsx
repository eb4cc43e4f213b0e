import { Link, useNavigate } from 'react-router';
import { Markdown } from '@/components/ui/markdown';
import { formatDateTime } from '@/lib/dates';
import { useEntry } from '../api/entries';
import { deleteEntry } from '../api/delete-entry';
import { CommentThread } from './comment-thread';
import { visibilityLabel } from './visibility-picker';

type EntryViewProps = {
  cohortId: string;
  entryId: string;
  me: { uid: string; name: string; staff: boolean };
  moduleTitle: (moduleId: string) => string;
  editPath: string;
  afterDeletePath: string;
  /** False in an archived cohort, where everything stays readable and nothing is written. */
  writable: boolean;
};

export function EntryView({
  cohortId,
  entryId,
  me,
  moduleTitle,
  editPath,
  afterDeletePath,
  writable,
}: EntryViewProps) {
  const { data: entry } = useEntry(cohortId, entryId);
  const navigate = useNavigate();

  if (!entry) {
    return <p className="card">This reflection does not exist, or it is not shared with you.</p>;
  }
  const mine = entry.authorUid === me.uid;

  async function handleDelete() {
    if (!window.confirm('Delete this reflection and any replies to it? This cannot be undone.'))
      return;
    await deleteEntry(cohortId, entryId);
    navigate(afterDeletePath, { replace: true });
  }

  return (
    <article className="entry">
      <p className="eyebrow">
        {moduleTitle(entry.moduleId)} · {mine ? 'You' : entry.authorName} ·{' '}
        {formatDateTime(entry.updatedAt)}
      </p>
      <h1>{entry.title || 'Untitled reflection'}</h1>
      <p>
        <span className={`badge badge-${entry.visibility}`}>
          {visibilityLabel(entry.visibility)}
        </span>
      </p>
      <div className="card">
        <Markdown>{entry.body}</Markdown>
      </div>
      {mine && writable && (
        <p className="actions">
          <Link className="button" to={editPath}>
            Edit
          </Link>
          <button type="button" className="button secondary danger" onClick={handleDelete}>
            Delete
          </button>
        </p>
      )}
      {entry.visibility !== 'private' && (
        <CommentThread
          cohortId={cohortId}
          entryId={entryId}
          entryAuthorUid={entry.authorUid}
          entryVisibility={entry.visibility}
          me={me}
          writable={writable}
        />
      )}
    </article>
  );
}
