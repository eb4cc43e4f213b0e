import { useState } from 'react';
import { Link } from 'react-router';
import { BarTable } from '@/components/charts/bar-table';
import { useReadinessData } from '../api/readiness';
import { formatDays, moduleDays } from '@/lib/attendance';
import type { Module } from '@/lib/firestore/schemas';
import { readinessCsv, readinessRows } from '../readiness-rows';

type ReadinessTableProps = {
  cohortId: string;
  nextModule: { id: string; number: number } | undefined;
  participantPath: (uid: string) => string;
  /** Every module, for the days already held (attendance counts those). */
  modules: Pick<Module, 'number' | 'days'>[];
  today: string;
};

const callLabels = { done: 'Done', booked: 'Booked', 'not booked': 'Not booked' } as const;

export function ReadinessTable({
  cohortId,
  nextModule,
  participantPath,
  modules,
  today,
}: ReadinessTableProps) {
  const { data } = useReadinessData(cohortId, nextModule?.id);
  const [onlyNotReady, setOnlyNotReady] = useState(false);
  const rows = readinessRows({
    ...data,
    nextModuleId: nextModule?.id,
    heldDayKeys: moduleDays(modules)
      .filter((day) => day.date <= today)
      .map((day) => day.key),
  });
  const shown = onlyNotReady ? rows.filter((row) => !row.ready) : rows;
  const counted = (label: string, test: (row: (typeof rows)[number]) => boolean) => {
    const value = rows.filter(test).length;
    return { label, value, text: `${value} of ${rows.length}` };
  };
  const glance = [
    counted('Director call done', (row) => row.directorCall === 'done'),
    counted('At least one goal set', (row) => row.goals > 0),
    counted('Required pre-reading done', (row) => row.readingDone === row.readingTotal),
    counted('Ready on all of these', (row) => row.ready),
  ];

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
        {nextModule ? ` for module ${nextModule.number}` : ''}: director call held, a goal set and
        the required pre-reading done. Optional reading and reflections are never held against
        anyone, and private journal entries are never counted or shown.
      </p>
      <BarTable
        caption={`The cohort at a glance${nextModule ? ` before module ${nextModule.number}` : ''}`}
        labelHeading="Step"
        valueHeading="Participants"
        bars={glance}
        max={rows.length}
      />
      <div className="table-scroll">
        <table className="agenda readiness">
          <caption className="visually-hidden">Readiness of each participant</caption>
          <thead>
            <tr>
              <th scope="col">Participant</th>
              <th scope="col">Director call</th>
              <th scope="col">Goals set</th>
              <th scope="col">
                Required pre-reading{nextModule ? ` (module ${nextModule.number})` : ''}
              </th>
              <th scope="col">Days attended</th>
              <th scope="col" className="nowrap">
                Ready
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.uid}>
                <th scope="row">
                  <Link to={participantPath(row.uid)}>{row.name}</Link>
                  <span className="hint"> {row.organisation}</span>
                </th>
                <td data-label="Director call">{callLabels[row.directorCall]}</td>
                <td data-label="Goals set">{row.goals}</td>
                <td data-label="Required pre-reading">
                  {row.readingDone} of {row.readingTotal}
                  {row.takeaways > 0 && ` (${row.takeaways} with takeaways)`}
                </td>
                <td data-label="Days attended">
                  {row.daysHeld === 0
                    ? 'None held yet'
                    : row.daysMarked === 0
                      ? 'Not marked'
                      : `${formatDays(row.daysAttended)} of ${row.daysHeld}${row.daysMarked < row.daysHeld ? ` (${row.daysHeld - row.daysMarked} not marked)` : ''}`}
                </td>
                <td data-label="Ready">
                  {row.ready ? 'Yes' : `Not yet: ${row.missing.join('; ')}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
