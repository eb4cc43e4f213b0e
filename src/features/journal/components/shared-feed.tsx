import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { ShowMore, useFocusFirstNew } from '@/components/ui/show-more';
import { formatWrittenOn } from '@/lib/dates';
import { FEED_PAGE_SIZE, useSharedFeed } from '../api/entries';

type SharedFeedProps = {
  cohortId: string;
  audience: 'cohort' | 'facilitators';
  moduleTitle: (moduleId: string) => string;
  entryPath: (entryId: string) => string;
};

const excerpt = (body: string) => {
  const plain = body
    .replace(/[#*_>`[\]()-]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > 240 ? `${plain.slice(0, 240)}…` : plain;
};

export function SharedFeed({ cohortId, audience, moduleTitle, entryPath }: SharedFeedProps) {
  const [shown, setShown] = useState(FEED_PAGE_SIZE);
  const { entries, hasOlder, isPending, isError, loadingOlder } = useSharedFeed(
    cohortId,
    audience,
    shown,
  );
  const list = useRef<HTMLUListElement>(null);
  const focusFirstNewFrom = useFocusFirstNew(list, entries.length, 'a');

  if (isPending) return <Loading label="Loading shared reflections…" />;
  if (isError)
    return (
      <Alert tone="error">We could not load the shared reflections. Try again in a moment.</Alert>
    );
  if (entries.length === 0) {
    return (
      <p className="card">
        {audience === 'cohort'
          ? 'Nobody has shared a reflection with the cohort yet.'
          : 'Nobody has shared a reflection with the facilitators yet.'}
      </p>
    );
  }
  return (
    <>
      <ul className="entries" ref={list}>
        {entries.map((entry) => (
          <li key={entry.id} className="card entry-summary">
            <p className="eyebrow">
              {entry.authorName} · {moduleTitle(entry.moduleId)} ·{' '}
              {formatWrittenOn(entry.updatedAt)}
            </p>
            <h3>
              <Link to={entryPath(entry.id)}>{entry.title || 'Untitled reflection'}</Link>
            </h3>
            <p>{excerpt(entry.body)}</p>
          </li>
        ))}
      </ul>
      {hasOlder && (
        <ShowMore
          loading={loadingOlder}
          label="Show older reflections"
          loadingLabel="Loading older reflections…"
          onMore={() => {
            focusFirstNewFrom(shown);
            setShown(shown + FEED_PAGE_SIZE);
          }}
        />
      )}
    </>
  );
}
