import type { ReactNode } from 'react';

type StackedBarTableProps = {
  caption: string;
  rowHeading: string;
  /** The parts every row is split into, in order; each has its own shade, shown in its heading. */
  parts: readonly string[];
  rows: { label: ReactNode; counts: number[] }[];
};

/**
 * Counts per part for each row (for example how many goals are at each step after each module),
 * with a stacked bar per row. The numbers are the table; the bars are drawn beside them.
 */
export function StackedBarTable({ caption, rowHeading, parts, rows }: StackedBarTableProps) {
  return (
    <>
      {/* Shown above the scrolling table, so a narrow screen never cuts it off. */}
      <p className="chart-caption" aria-hidden="true">
        {caption}
      </p>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- where a narrow screen makes it scroll, the keyboard must reach it */}
      <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table className="chart-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{rowHeading}</th>
              {parts.map((part, index) => (
                <th scope="col" key={part} className="numeric">
                  <span className={`chart-swatch chart-shade-${index}`} aria-hidden="true" />
                  {part}
                </th>
              ))}
              <th scope="col" aria-hidden="true" className="chart-bar-cell" />
            </tr>
          </thead>
          <tbody>
            {rows.map((row, rowIndex) => {
              const total = Math.max(
                row.counts.reduce((sum, count) => sum + count, 0),
                1,
              );
              let start = 0;
              return (
                <tr key={rowIndex}>
                  <th scope="row">{row.label}</th>
                  {parts.map((part, index) => (
                    <td key={part} className="numeric">
                      {row.counts[index] ?? 0}
                    </td>
                  ))}
                  <td aria-hidden="true" className="chart-bar-cell">
                    <svg viewBox="0 0 100 10" preserveAspectRatio="none" className="chart-bar">
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
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
