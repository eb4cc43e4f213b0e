import type { Progress } from '../reading-progress';

export function ReadingProgress({ label, progress }: { label: string; progress: Progress }) {
  const { read, total, requiredLeft, minutesLeft } = progress;
  const summary =
    read === total
      ? 'All read'
      : `${requiredLeft ? `${requiredLeft} required left · ` : ''}about ${minutesLeft} minutes to go`;
  return (
    <div className="reading-progress">
      <p>
        <strong>
          {read} of {total} read
        </strong>{' '}
        · {summary}
      </p>
      <progress
        max={total}
        value={read}
        aria-label={`${label} pre-reading: ${read} of ${total} read`}
      />
    </div>
  );
}
