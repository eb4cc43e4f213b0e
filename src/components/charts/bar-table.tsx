import type { ReactNode } from 'react';

export type Bar = { label: ReactNode; value: number; text?: string };

type BarTableProps = {
  caption: ReactNode;
  labelHeading: string;
  valueHeading: string;
  bars: Bar[];
  /** The length of a full bar: the number of people, or the largest count when omitted. */
  max?: number;
};

/**
 * A table that draws each number as a bar under its label: screen readers read the table, sighted
 * readers see the shape at a glance. Plain SVG, so the screens showing it load no chart library.
 */
export function BarTable({ caption, labelHeading, valueHeading, bars, max }: BarTableProps) {
  const full = Math.max(max ?? 0, ...bars.map((bar) => bar.value), 1);
  return (
    <table className="chart-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeading}</th>
          <th scope="col" className="numeric">
            {valueHeading}
          </th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar, index) => (
          <tr key={index}>
            <th scope="row">
              {bar.label}
              {/* Under its label rather than in a column of its own, so a phone fits the table. */}
              <svg
                viewBox="0 0 100 10"
                preserveAspectRatio="none"
                className="chart-bar"
                aria-hidden="true"
              >
                <rect width="100" height="10" className="chart-track" />
                <rect width={(bar.value / full) * 100} height="10" className="chart-fill" />
              </svg>
            </th>
            <td className="numeric">{bar.text ?? bar.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
