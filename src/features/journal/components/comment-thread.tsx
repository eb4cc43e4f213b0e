import { useState } from 'react';
import { Form, SubmitButton, TextAreaField } from '@/components/form';
import { Alert } from '@/components/ui/alert';
import { TextEntryForm } from '@/components/ui/text-entry-form';
import { formatDateTime } from '@/lib/dates';
import { LIMITS } from '@/lib/firestore/schemas';
import { useCommentActions, useComments } from '../api/comments';

type CommentThreadProps = {
  cohortId: string;
  entryId: string;
  entryAuthorUid: string;
  entryVisibility: 'facilitators' | 'cohort';
  me: { uid: string; name: string; staff: boolean };
  /** False in an archived cohort: replies are read, never written, changed or removed. */
  writable: boolean;
};

export function CommentThread({
  cohortId,
  entryId,
  entryAuthorUid,
  entryVisibility,
  me,
  writable,
}: CommentThreadProps) {
  const cohortWideOnly = !me.staff && me.uid !== entryAuthorUid;
  const {
    data: comments = [],
    isPending,
    isError,
  } = useComments(cohortId, entryId, cohortWideOnly);
  const { add, edit, remove } = useCommentActions(cohortId, entryId, me, entryVisibility);
  const [editing, setEditing] = useState<{ id: string; body: string } | null>(null);

  async function handleEdit() {
    // An empty reply is neither saved nor remarked on; a saved one closes the form.
    if (!editing || !editing.body.trim()) return undefined;
    await edit.mutateAsync({ commentId: editing.id, body: editing.body });
    setEditing(null);
    return undefined;
  }

  return (
    <section aria-labelledby="comments-heading" className="section">
      <h2 id="comments-heading">Replies</h2>
      {isPending && <p className="hint">Loading replies…</p>}
      {isError && <Alert tone="error">We could not load the replies. Try again in a moment.</Alert>}
      {!isPending && comments.length === 0 && <p className="hint">No replies yet.</p>}
      <ul className="comments">
        {comments.map((comment) => (
          <li key={comment.id} className="comment">
            <p className="comment-meta">
              <strong>{comment.authorName}</strong> · {formatDateTime(comment.createdAt)}
            </p>
            {editing?.id === comment.id ? (
              <Form
                onSubmit={handleEdit}
                failure="We could not save your change. Your words are still here."
              >
                <TextAreaField
                  id={`edit-${comment.id}`}
                  label="Edit your reply"
                  rows={3}
                  maxLength={LIMITS.comment}
                  value={editing.body}
                  onChange={(body) => setEditing({ id: comment.id, body })}
                />
                <p className="actions">
                  <SubmitButton className="button small" pendingLabel="Saving…">
                    Save reply
                  </SubmitButton>
                  <button
                    type="button"
                    className="button secondary small"
                    onClick={() => setEditing(null)}
                  >
                    Cancel
                  </button>
                </p>
              </Form>
            ) : (
              <p className="comment-body">{comment.body}</p>
            )}
            {writable && (
              <p className="actions">
                {comment.authorUid === me.uid && editing?.id !== comment.id && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setEditing({ id: comment.id, body: comment.body })}
                  >
                    Edit<span className="visually-hidden"> your reply</span>
                  </button>
                )}
                {(comment.authorUid === me.uid || entryAuthorUid === me.uid) && (
                  <button
                    type="button"
                    className="link-button danger"
                    onClick={() => {
                      if (window.confirm('Remove this reply? This cannot be undone.'))
                        remove.mutate(comment.id);
                    }}
                  >
                    Remove<span className="visually-hidden"> reply from {comment.authorName}</span>
                  </button>
                )}
              </p>
            )}
          </li>
        ))}
      </ul>
      {writable && (
        <TextEntryForm
          id="new-comment"
          label="Your reply"
          submitLabel="Post reply"
          pendingLabel="Posting…"
          maxLength={LIMITS.comment}
          emptyMessage="Write something before posting your reply."
          failureMessage="We could not post your reply. Check your connection and try again; your words are still here."
          onSubmit={(body) => add.mutateAsync(body)}
        />
      )}
    </section>
  );
}
