import { formatWrittenOn } from '@/lib/dates';
import type { AuthorCard } from '../api/noticeboard';

/** Who wrote something, as their profile says now; "a former member" once they have left. */
export function Byline({ author, at }: { author: AuthorCard | undefined; at: Date }) {
  const who = author === undefined ? 'Loading…' : author === null ? 'A former member' : author.name;
  return (
    <p className="eyebrow">
      {who}
      {author?.detail ? ` · ${author.detail}` : ''} · {formatWrittenOn(at)}
    </p>
  );
}
