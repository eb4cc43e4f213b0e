import type { ReactNode } from 'react';

type StackedBarsProps = {
  caption: string;
  /** The parts every row is split into, in order; each has its own shade, shown beside its count. */
  parts: readonly string[];
  rows: { label: ReactNode; counts: number[] }[];
};

/**
 * Counts per part for each row (for example how many goals are at each step after each module):
 * a full-width stacked bar per row with its counts beneath, in words. A table of five columns
 * did not fit a phone; this fits any width, and a screen reader reads the counts as a list.
 */
export function StackedBars({ caption, parts, rows }: StackedBarsProps) {
  return (
    <figure className="stacked-bars">
      <figcaption className="chart-caption">{caption}</figcaption>
      <ul className="plain-list">
        {rows.map((row, rowIndex) => {
          const total = Math.max(
            row.counts.reduce((sum, count) => sum + count, 0),
            1,
          );
          let start = 0;
          return (
            <li key={rowIndex} className="stacked-row">
              <p className="stacked-label">{row.label}</p>
              <svg
                viewBox="0 0 100 10"
                preserveAspectRatio="none"
                className="chart-bar"
                aria-hidden="true"
              >
                <rect width="100" height="10" className="chart-track" />
                {row.counts.map((count, index) => {
                  const width = (count / total) * 100;
                  const x = start;
                  start += width;
                  return (
                    <rect
                      key={index}
                      x={x}
                      width={width}
                      height="10"
                      className={`chart-shade-${index}`}
                    />
                  );
                })}
              </svg>
              <ul className="chart-legend">
                {parts.map((part, index) => (
                  <li key={part}>
                    <span className={`chart-swatch chart-shade-${index}`} aria-hidden="true" />
                    {part}: <strong>{row.counts[index] ?? 0}</strong>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
