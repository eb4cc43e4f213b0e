import { ProgressLine } from '@/components/charts/progress-line';
import { checkInKeys, progressLevels, type Goal } from '@/lib/firestore/schemas';

type GoalProgressProps = {
  checkIns: Goal['checkIns'];
  moduleCount: number;
  /** What to say when there are no check-ins yet. */
  empty: string;
};

/** A goal's check-ins after each module: a small line chart, and the same steps in words. */
export function GoalProgress({ checkIns, moduleCount, empty }: GoalProgressProps) {
  const history = checkInKeys.flatMap((key) => {
    const checkIn = checkIns[key];
    return checkIn ? [{ n: Number(key), checkIn }] : [];
  });
  if (history.length === 0) return <p className="hint">{empty}</p>;
  return (
    <div className="goal-progress">
      <ProgressLine
        levels={progressLevels}
        moduleCount={Math.max(moduleCount, 1)}
        points={history.map(({ n, checkIn }) => ({ moduleNumber: n, level: checkIn.progress }))}
        label={`Progress chart: ${history.map(({ n, checkIn }) => `after module ${n}, ${progressLevels[checkIn.progress]}`).join('; ')}.`}
      />
      <ul className="check-ins" aria-label="Check-ins">
        {history.map(({ n, checkIn }) => (
          <li key={n}>
            <strong>
              After module {n}: {progressLevels[checkIn.progress]}
            </strong>
            {checkIn.note && <span> – {checkIn.note}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
