import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { Form, SubmitButton, TextField } from '@/components/form';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { ShowMore, useFocusFirstNew } from '@/components/ui/show-more';
import { paths } from '@/config/paths';
import { NETWORK_LIMITS, networkPostKinds } from '@/lib/firestore/network-vocabulary';
import type { NetworkPost } from '@/lib/firestore/network-schemas';
import type { WithId } from '@/lib/firestore/converters';
import { useAuthors, useMyHiddenPosts, useNoticeboard } from '../api/noticeboard';
import { Byline } from './byline';

type NoticeboardProps = { cohortId: string; uid: string; admin: boolean };

function PostSummary({
  post,
  cohortId,
  author,
}: {
  post: WithId<NetworkPost>;
  cohortId: string;
  author: Parameters<typeof Byline>[0]['author'];
}) {
  return (
    <li className="card entry-summary">
      <Byline author={author} at={post.createdAt} />
      <h3>
        <span className="badge badge-upcoming">{networkPostKinds[post.kind]}</span>{' '}
        <Link to={paths.networkPost(cohortId, post.id)}>{post.title}</Link>
      </h3>
      {post.hidden && (
        <p className="hidden-note">Hidden by the programme team: {post.hiddenReason}</p>
      )}
      {post.tags.length > 0 && (
        <ul className="tags" aria-label="Tags">
          {post.tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** Asks and offers from the whole network, newest first, a page at a time, by tag if chosen. */
export function Noticeboard({ cohortId, uid, admin }: NoticeboardProps) {
  const [tagDraft, setTagDraft] = useState('');
  const [tag, setTag] = useState('');
  const { posts, isPending, isError, hasNextPage, fetchNextPage, isFetchingNextPage } =
    useNoticeboard(admin, tag);
  const hidden = useMyHiddenPosts(uid, !admin).data ?? [];
  const authors = useAuthors([...posts, ...hidden].map((post) => post.authorUid));
  const list = useRef<HTMLUListElement>(null);
  const focusFirstNewFrom = useFocusFirstNew(list, posts.length, 'h3 a');

  function handleFilter() {
    setTag(tagDraft.trim().toLowerCase());
    return undefined;
  }

  return (
    <section aria-labelledby="board-heading" className="section">
      <h2 id="board-heading">Latest asks and offers</h2>
      <Form
        className="inline-field"
        role="search"
        aria-label="Filter by tag"
        onSubmit={handleFilter}
        failure="The noticeboard could not be filtered. Try again."
      >
        <TextField
          id="board-tag"
          label={<span className="visually-hidden">Tag</span>}
          placeholder="Filter by a tag, for example workforce"
          value={tagDraft}
          onChange={setTagDraft}
        />
        <SubmitButton className="button secondary" pendingLabel="Filtering…">
          Filter
        </SubmitButton>
        {tag && (
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              setTag('');
              setTagDraft('');
            }}
          >
            Show all
          </button>
        )}
      </Form>
      {hidden.length > 0 && (
        <Alert tone="info">
          The programme team hid{' '}
          {hidden.length === 1 ? 'one of your posts' : `${hidden.length} of your posts`}:{' '}
          {hidden.map((post) => `“${post.title}” (${post.hiddenReason})`).join('; ')}. Only you and
          the programme team can see {hidden.length === 1 ? 'it' : 'them'}.
        </Alert>
      )}
      {isPending ? (
        <Loading label="Loading the noticeboard…" />
      ) : isError ? (
        <Alert tone="error">We could not load the noticeboard. Try again in a moment.</Alert>
      ) : posts.length === 0 ? (
        <p className="card">
          {tag ? `Nothing is tagged “${tag}” yet.` : 'Nobody has posted yet. Be the first.'}
        </p>
      ) : (
        <ul className="entries" ref={list}>
          {posts.map((post) => (
            <PostSummary
              key={post.id}
              post={post}
              cohortId={cohortId}
              author={authors.get(post.authorUid)}
            />
          ))}
        </ul>
      )}
      {hasNextPage && (
        <ShowMore
          loading={isFetchingNextPage}
          label={`Show ${NETWORK_LIMITS.page} older posts`}
          loadingLabel="Loading older posts…"
          onMore={() => {
            focusFirstNewFrom(posts.length);
            void fetchNextPage();
          }}
        />
      )}
    </section>
  );
}
