import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { formatWrittenOn } from '@/lib/dates';
import { useLatestAsks } from '../api/noticeboard';

/**
 * The network's two latest asks, for members: two documents read, no names (a name would cost a
 * read each on the dashboard; the post's page shows who asked).
 */
export default function LatestAsks({ cohortId }: { cohortId: string }) {
  const { data: asks } = useLatestAsks();
  if (!asks || asks.length === 0) return null;
  return (
    <section className="card" aria-labelledby="latest-asks-heading">
      <h2 id="latest-asks-heading">Asks from the network</h2>
      <ul className="plain-list">
        {asks.map((ask) => (
          <li key={ask.id}>
            <Link to={paths.networkPost(cohortId, ask.id)}>{ask.title}</Link>{' '}
            <span className="hint">· {formatWrittenOn(ask.createdAt)}</span>
          </li>
        ))}
      </ul>
      <p>
        <Link to={paths.noticeboard(cohortId)}>See the noticeboard</Link>
      </p>
    </section>
  );
}
