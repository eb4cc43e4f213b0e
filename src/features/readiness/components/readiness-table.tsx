import { useState } from 'react';
import { Link } from 'react-router';
import { useReadinessData } from '../api/readiness';
import { readinessCsv, readinessRows } from '../readiness-rows';

type ReadinessTableProps = {
  cohortId: string;
  nextModule: { id: string; number: number } | undefined;
  previousModule: { id: string; number: number } | undefined;
  participantPath: (uid: string) => string;
};

const callLabels = { done: 'Done', booked: 'Booked', 'not booked': 'Not booked' } as const;

export function ReadinessTable({
  cohortId,
  nextModule,
  previousModule,
  participantPath,
}: ReadinessTableProps) {
  const { data } = useReadinessData(cohortId);
  const [onlyNotReady, setOnlyNotReady] = useState(false);
  const rows = readinessRows({
    ...data,
    nextModuleId: nextModule?.id,
    previousModuleId: previousModule?.id,
  });
  const shown = onlyNotReady ? rows.filter((row) => !row.ready) : rows;

  function downloadCsv() {
    const url = URL.createObjectURL(
      new Blob([readinessCsv(shown)], { type: 'text/csv;charset=utf-8' }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = `readiness-module-${nextModule?.number ?? 'next'}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <>
      <p className="actions">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={onlyNotReady}
            onChange={(e) => setOnlyNotReady(e.target.checked)}
          />
          Only show people who are not ready yet
        </label>
        <button type="button" className="button secondary small" onClick={downloadCsv}>
          Download as CSV
        </button>
      </p>
      <p className="hint" role="status">
        {rows.filter((r) => r.ready).length} of {rows.length} participants ready
        {nextModule ? ` for module ${nextModule.number}` : ''}. Private journal entries are never
        counted or shown.
      </p>
      <div className="table-scroll">
        <table className="agenda readiness">
          <caption className="visually-hidden">Readiness of each participant</caption>
          <thead>
            <tr>
              <th scope="col">Participant</th>
              <th scope="col">Director call</th>
              <th scope="col">Goals set</th>
              <th scope="col">Pre-reading{nextModule ? ` (module ${nextModule.number})` : ''}</th>
              <th scope="col">
                Reflections shared{previousModule ? ` (module ${previousModule.number})` : ''}
              </th>
              <th scope="col">Ready</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.uid}>
                <th scope="row">
                  <Link to={participantPath(row.uid)}>{row.name}</Link>
                  <span className="hint"> {row.organisation}</span>
                </th>
                <td>{callLabels[row.directorCall]}</td>
                <td>{row.goals}</td>
                <td>
                  {row.readingDone} of {row.readingTotal}
                  {row.takeaways > 0 && ` (${row.takeaways} with takeaways)`}
                </td>
                <td>{row.sharedReflections}</td>
                <td>{row.ready ? 'Yes' : 'Not yet'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
