import type { Progress } from '../reading-progress';

type ReadingProgressProps = {
  label: string;
  progress: Progress;
  /** Once the module is over, what was not read is no longer due: nothing counts it down. */
  finished?: boolean;
};

export function ReadingProgress({ label, progress, finished = false }: ReadingProgressProps) {
  const { read, total, requiredLeft, minutesLeft } = progress;
  if (finished) {
    return (
      <p className="reading-progress">
        {read} of {total} read · the module has finished, so these stay here to come back to.
      </p>
    );
  }
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
