import { useState } from 'react';
import { Form, SubmitButton, TextAreaField, failed } from '@/components/form';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { TextEntryForm } from '@/components/ui/text-entry-form';
import type { WithId } from '@/lib/firestore/converters';
import type { NetworkPost, NetworkReply } from '@/lib/firestore/network-schemas';
import { NETWORK_LIMITS, networkPostKinds } from '@/lib/firestore/network-vocabulary';
import {
  useAuthors,
  useModeration,
  usePostActions,
  useReplies,
  useReplyActions,
  useReport,
} from '../api/noticeboard';
import { Byline } from './byline';
import { ModerationActions } from './moderation-actions';
import { PostForm } from './post-form';

type Viewer = { uid: string; admin: boolean };

const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p, index) => (
      <p key={index} className="plain-text">
        {p}
      </p>
    ));

function HiddenNote({ reason, what }: { reason: string; what: string }) {
  return (
    <p className="hidden-note">
      The programme team hid this {what}: {reason}. Only its author and the programme team can see
      it.
    </p>
  );
}

function ReplyItem({
  reply,
  postId,
  postAuthorUid,
  viewer,
  author,
}: {
  reply: WithId<NetworkReply>;
  postId: string;
  postAuthorUid: string;
  viewer: Viewer;
  author: Parameters<typeof Byline>[0]['author'];
}) {
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const actions = useReplyActions(viewer.uid, postId);
  const moderate = useModeration(postId);
  const report = useReport(viewer.uid);
  const mine = reply.authorUid === viewer.uid;
  return (
    <li className="comment">
      <Byline author={author} at={reply.createdAt} />
      {reply.hidden && <HiddenNote reason={reply.hiddenReason} what="reply" />}
      {editing ? (
        <EditReply
          id={reply.id}
          initial={reply.body}
          onSave={async (body) => {
            await actions.edit.mutateAsync({ replyId: reply.id, body });
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div className="comment-body">{paragraphs(reply.body)}</div>
      )}
      {problem && <Alert tone="error">{problem}</Alert>}
      {(mine || postAuthorUid === viewer.uid) && (
        <p className="actions">
          {mine && !reply.hidden && !editing && (
            <button type="button" className="link-button" onClick={() => setEditing(true)}>
              Edit your reply
            </button>
          )}
          <button
            type="button"
            className="link-button"
            onClick={() =>
              actions.remove
                .mutateAsync(reply.id)
                .catch(() => setProblem('We could not delete the reply. Try again.'))
            }
          >
            Delete reply
          </button>
        </p>
      )}
      <ModerationActions
        id={`reply-${reply.id}`}
        what="reply"
        hidden={reply.hidden}
        canHide={viewer.admin}
        canReport={!viewer.admin && !mine}
        onHide={(hidden, reason) => moderate.mutateAsync({ replyId: reply.id, hidden, reason })}
        onReport={(reason) => report.mutateAsync({ postId, replyId: reply.id, reason })}
      />
    </li>
  );
}

function EditReply({
  id,
  initial,
  onSave,
  onCancel,
}: {
  id: string;
  initial: string;
  onSave: (body: string) => Promise<void>;
  onCancel: () => void;
}) {
  const [body, setBody] = useState(initial);
  return (
    <Form
      failure="We could not save your change. Your words are kept."
      onSubmit={async () => {
        if (!body.trim()) return failed('A reply cannot be empty; delete it instead.');
        await onSave(body);
        // Saving closes the form, so there is nothing to say beside Save reply.
        return undefined;
      }}
    >
      <TextAreaField
        id={`edit-reply-${id}`}
        label="Your reply"
        rows={3}
        maxLength={NETWORK_LIMITS.reply}
        value={body}
        onChange={setBody}
      />
      <p className="actions">
        <SubmitButton pendingLabel="Saving…">Save reply</SubmitButton>
        <button type="button" className="button secondary" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </Form>
  );
}

type PostThreadProps = {
  post: WithId<NetworkPost>;
  viewer: Viewer;
  onDeleted: () => void;
};

/** A post, its replies, and what the reader may do with each. */
export function PostThread({ post, viewer, onDeleted }: PostThreadProps) {
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const replies = useReplies(post.id, viewer.uid, viewer.admin, post.hidden);
  const authors = useAuthors([post.authorUid, ...(replies.data ?? []).map((r) => r.authorUid)]);
  const postActions = usePostActions(viewer.uid);
  const replyActions = useReplyActions(viewer.uid, post.id);
  const moderate = useModeration(post.id);
  const report = useReport(viewer.uid);
  const mine = post.authorUid === viewer.uid;

  return (
    <>
      <article className="card stack" aria-labelledby="post-title">
        <Byline author={authors.get(post.authorUid)} at={post.createdAt} />
        <h2 id="post-title">
          <span className="badge badge-upcoming">{networkPostKinds[post.kind]}</span> {post.title}
        </h2>
        {post.hidden && <HiddenNote reason={post.hiddenReason} what="post" />}
        {editing ? (
          <PostForm
            idPrefix="edit-post"
            initial={{ kind: post.kind, title: post.title, body: post.body, tags: post.tags }}
            submitLabel="Save changes"
            onSubmit={async (draft) => {
              await postActions.edit.mutateAsync({ postId: post.id, draft });
              setEditing(false);
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <>
            {paragraphs(post.body)}
            {post.tags.length > 0 && (
              <ul className="tags" aria-label="Tags">
                {post.tags.map((tag) => (
                  <li key={tag} className="tag">
                    {tag}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
        {problem && <Alert tone="error">{problem}</Alert>}
        {mine && !editing && (
          <p className="actions">
            {!post.hidden && (
              <button type="button" className="button secondary" onClick={() => setEditing(true)}>
                Edit your post
              </button>
            )}
            {confirmingDelete ? (
              <>
                <button
                  type="button"
                  className="button secondary danger"
                  onClick={() =>
                    postActions.remove
                      .mutateAsync({
                        postId: post.id,
                        replyIds: (replies.data ?? []).map((r) => r.id),
                      })
                      .then(onDeleted, () => setProblem('We could not delete the post. Try again.'))
                  }
                >
                  Delete the post and its replies
                </button>
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => setConfirmingDelete(false)}
                >
                  Keep it
                </button>
              </>
            ) : (
              <button
                type="button"
                className="button secondary"
                onClick={() => setConfirmingDelete(true)}
              >
                Delete your post
              </button>
            )}
          </p>
        )}
        <ModerationActions
          id="post"
          what="post"
          hidden={post.hidden}
          canHide={viewer.admin}
          canReport={!viewer.admin && !mine}
          onHide={(hidden, reason) => moderate.mutateAsync({ hidden, reason })}
          onReport={(reason) => report.mutateAsync({ postId: post.id, replyId: '', reason })}
        />
      </article>
      <section aria-labelledby="replies-heading" className="section">
        <h2 id="replies-heading">Replies</h2>
        {replies.isPending ? (
          <Loading label="Loading replies…" />
        ) : replies.isError ? (
          <Alert tone="error">We could not load the replies. Try again in a moment.</Alert>
        ) : replies.data.length === 0 ? (
          <p>No replies yet.</p>
        ) : (
          <ul className="comments">
            {replies.data.map((reply) => (
              <ReplyItem
                key={reply.id}
                reply={reply}
                postId={post.id}
                postAuthorUid={post.authorUid}
                viewer={viewer}
                author={authors.get(reply.authorUid)}
              />
            ))}
          </ul>
        )}
        {!viewer.admin && !post.hidden && (
          <TextEntryForm
            id="network-reply"
            label="Your reply"
            submitLabel="Reply"
            pendingLabel="Replying…"
            maxLength={NETWORK_LIMITS.reply}
            emptyMessage="Write something before replying."
            failureMessage="We could not post your reply. Your words are still here; try again."
            onSubmit={(body) => replyActions.add.mutateAsync(body)}
          />
        )}
      </section>
    </>
  );
}
