type ProgressLineProps = {
  /** The scale's steps, lowest first. */
  levels: readonly string[];
  /** One point per module with a check-in. */
  points: { moduleNumber: number; level: number }[];
  moduleCount: number;
  /** What the chart shows, read out instead of the drawing. */
  label: string;
};

const width = 300;
const height = 96;
const left = 76;
const right = 8;
const top = 8;
const bottom = 20;

/** A small line of a goal's progress across the modules, for people who would rather look. */
export function ProgressLine({ levels, points, moduleCount, label }: ProgressLineProps) {
  // Inset from the axis, so the first module's label clears the scale's lowest step.
  const inset = 16;
  const x = (moduleNumber: number) =>
    left +
    inset +
    ((moduleNumber - 1) / Math.max(moduleCount - 1, 1)) * (width - left - right - inset * 2);
  const y = (level: number) =>
    top + (1 - level / Math.max(levels.length - 1, 1)) * (height - top - bottom);
  const sorted = [...points].sort((a, b) => a.moduleNumber - b.moduleNumber);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="progress-line" role="img" aria-label={label}>
      {[0, levels.length - 1].map((level) => (
        <text
          key={`label-${level}`}
          x={left - 8}
          y={y(level) + 4}
          textAnchor="end"
          className="chart-axis"
        >
          {levels[level]?.replace(' yet', '')}
        </text>
      ))}
      {levels.map((_, level) => (
        <line
          key={level}
          x1={left}
          x2={width - right}
          y1={y(level)}
          y2={y(level)}
          className="chart-grid"
        />
      ))}
      {Array.from({ length: moduleCount }, (_, index) => (
        <text
          key={index}
          x={x(index + 1)}
          y={height - 4}
          textAnchor="middle"
          className="chart-axis"
        >
          M{index + 1}
        </text>
      ))}
      <polyline
        points={sorted.map((point) => `${x(point.moduleNumber)},${y(point.level)}`).join(' ')}
        className="chart-line"
      />
      {sorted.map((point) => (
        <circle
          key={point.moduleNumber}
          cx={x(point.moduleNumber)}
          cy={y(point.level)}
          r="4"
          className="chart-point"
        />
      ))}
    </svg>
  );
}
