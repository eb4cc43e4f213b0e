import { useEffect } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '@/lib/dates';
import { unseenItems, useMarkSeen, useWhatsNew } from '../api/whats-new';

const SHOWN = 8;

/** The latest changes for this person, newest first; opening the list marks them seen. */
export function WhatsNewCard({ cohortId, uid }: { cohortId: string; uid: string }) {
  const { data: news } = useWhatsNew(cohortId, uid, true);
  const markSeen = useMarkSeen(cohortId, uid);
  const hasUnseen = unseenItems(news).length > 0;
  const seenAt = news?.seenAt ?? null;
  const { mutate, variables } = markSeen;
  // What was new on arrival keeps its marker while the person is here, though it is now seen,
  // also when something else arrives meanwhile and is marked seen in turn.
  const seenBefore = variables !== undefined ? variables : seenAt;
  useEffect(() => {
    if (hasUnseen) mutate(seenBefore);
  }, [hasUnseen, seenBefore, mutate]);
  const isNew = (at: Date) => seenBefore === null || at > seenBefore;

  const items = news?.items.slice(0, SHOWN) ?? [];
  return (
    <section className="card" aria-labelledby="whats-new-heading" id="whats-new">
      <h2 id="whats-new-heading">What’s new</h2>
      {items.length === 0 ? (
        <p>Nothing new since you last looked.</p>
      ) : (
        <ul className="plain-list stack">
          {items.map((item) => (
            <li key={item.id}>
              {isNew(item.at) && <span className="badge">New</span>}{' '}
              <Link to={item.path}>{item.title}</Link>
              <br />
              <span className="hint">{formatDateTime(item.at)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
