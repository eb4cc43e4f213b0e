import { useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { preloadMarkdownFor } from '@/components/ui/markdown';
import { PageTitle } from '@/components/ui/page-title';
import { myAttendanceQuery } from '@/features/attendance/api/attendance';
import { membersQuery, useMembers } from '@/features/cohorts/api/get-members';
import { myGoalsQueryOptions } from '@/features/goals/api/goals';
import { myEntriesQueryOptions } from '@/features/journal/api/entries';
import { LearningRecordDocument } from '@/features/learning-record/components/learning-record-document';
import { moduleRows } from '@/features/learning-record/record';
import { materialsQueryOptions } from '@/features/pre-reading/api/get-materials';
import { myReadingsQueryOptions } from '@/features/pre-reading/api/my-readings';
import { modulesQuery, useModules } from '@/features/timetable/api/get-modules';
import { formatLongDate, todayIso } from '@/lib/dates';
import { queryClient } from '@/lib/query-client';
import { useCohortContext } from './cohort-context';
import { loadViewer } from './viewer';

// Completion is fetched and drawn only here, so none of it weighs on the app's first load.
const CompletionCertificate = lazy(
  () => import('@/features/completion/components/completion-certificate'),
);
async function myCompletion(cohortId: string, uid: string) {
  const { myCompletionQuery } = await import('@/features/completion/api/completions');
  return queryClient.ensureQueryData(myCompletionQuery(cohortId, uid));
}

export async function loader(args: LoaderFunctionArgs) {
  const { cohortId, uid, isParticipant } = await loadViewer(args);
  await Promise.all([
    queryClient.ensureQueryData(modulesQuery(cohortId)),
    queryClient.ensureQueryData(membersQuery(cohortId)),
    ...(isParticipant
      ? [
          queryClient.ensureQueryData(myAttendanceQuery(cohortId, uid)),
          queryClient.ensureQueryData(myGoalsQueryOptions(cohortId, uid)),
          queryClient.ensureQueryData(myReadingsQueryOptions(cohortId, uid)),
          queryClient.ensureQueryData(materialsQueryOptions(cohortId)),
          queryClient
            .ensureQueryData(myEntriesQueryOptions(cohortId, uid))
            .then((entries) => preloadMarkdownFor(entries.map((entry) => entry.body))),
        ]
      : []),
  ]);
  return { completion: isParticipant ? await myCompletion(cohortId, uid) : null };
}

export function Component() {
  const { cohortId, uid, role } = useCohortContext();
  return (
    <>
      <PageTitle>Your learning record</PageTitle>
      <h1 className="no-print">Your learning record</h1>
      {role === 'participant' ? (
        <LearningRecord cohortId={cohortId} uid={uid} />
      ) : (
        <p className="lead">
          Each participant produces their own learning record from this page, on their own device.
        </p>
      )}
    </>
  );
}

const visibilityNotes = {
  private: 'private: only you can read it',
  facilitators: 'shared with the facilitators',
  cohort: 'shared with the cohort',
} as const;

function LearningRecord({ cohortId, uid }: { cohortId: string; uid: string }) {
  const { cohortName, personName, programmeName, programmeDescription, programmeDirector } =
    useCohortContext();
  const { data: modules } = useModules(cohortId);
  const { data: members } = useMembers(cohortId);
  const { data: marks } = useSuspenseQuery(myAttendanceQuery(cohortId, uid));
  const { data: goals } = useSuspenseQuery(myGoalsQueryOptions(cohortId, uid));
  const { data: readings } = useSuspenseQuery(myReadingsQueryOptions(cohortId, uid));
  const { data: materials } = useSuspenseQuery(materialsQueryOptions(cohortId));
  const { data: entries } = useSuspenseQuery(myEntriesQueryOptions(cohortId, uid));
  const { completion } = useLoaderData<typeof loader>();
  // Which of the two documents this page shows, and so prints.
  const [showing, setShowing] = useState<'record' | 'certificate'>('record');
  // None by default: the person decides which of their writing leaves the portal.
  const [chosen, setChosen] = useState<Set<string>>(new Set());

  const me = members.find((member) => member.uid === uid);
  const ordered = [...modules].sort((a, b) => a.number - b.number);
  const firstDay = ordered[0]?.days[0] ?? '';
  const lastDay = ordered.at(-1)?.days[1] ?? '';
  const moduleNumber = new Map(modules.map((m) => [m.id, m.number]));
  const moduleLabel = (moduleId: string) =>
    moduleNumber.has(moduleId) ? `Module ${moduleNumber.get(moduleId)}` : 'General';
  const completed = readings.flatMap((reading) => {
    const material = materials.find((m) => m.id === reading.materialId);
    return reading.read && material
      ? [
          {
            title: material.title,
            source: material.source,
            moduleNumber: moduleNumber.get(material.moduleId) ?? 0,
            takeaway: reading.takeaway,
          },
        ]
      : [];
  });
  const byModule = [...entries].sort(
    (a, b) =>
      (moduleNumber.get(a.moduleId) ?? 9) - (moduleNumber.get(b.moduleId) ?? 9) ||
      a.createdAt.getTime() - b.createdAt.getTime(),
  );

  function toggle(id: string, on: boolean) {
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  return (
    <>
      <div className="no-print stack">
        {completion && (
          <section className="card" aria-labelledby="completed-heading">
            <h2 id="completed-heading">You completed the programme</h2>
            <p>
              The facilitators confirmed it on{' '}
              {formatLongDate(completion.confirmedAt.toISOString().slice(0, 10))}. Your certificate
              is made on this device, like your learning record.
            </p>
            <p className="actions">
              <button
                type="button"
                className="button secondary"
                aria-pressed={showing === 'certificate'}
                onClick={() => setShowing(showing === 'record' ? 'certificate' : 'record')}
              >
                {showing === 'record'
                  ? 'Show your completion certificate'
                  : 'Show your learning record'}
              </button>
              <span className="hint">Then save what is shown below with “Save as PDF”.</span>
            </p>
          </section>
        )}
        <p className="lead">
          Your attendance, goals, pre-reading and the reflections you choose, laid out for a CPD
          portfolio, appraisal or revalidation. It is made on this device when you save it: nothing
          of it is stored or sent anywhere.
        </p>
        <fieldset className="card record-chooser">
          <legend>Reflections to include</legend>
          {entries.length === 0 ? (
            <p className="hint">You have not written any reflections yet.</p>
          ) : (
            <>
              <p className="hint">
                None are included unless you tick them. Private ones are only included if you tick
                them too.
              </p>
              <ul className="plain-list">
                {byModule.map((entry) => (
                  <li key={entry.id}>
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        checked={chosen.has(entry.id)}
                        onChange={(e) => toggle(entry.id, e.target.checked)}
                      />
                      {entry.title || 'Untitled reflection'}{' '}
                      <span className="hint">
                        ({moduleLabel(entry.moduleId)}, {visibilityNotes[entry.visibility]})
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </>
          )}
        </fieldset>
        <p className="actions">
          <button type="button" className="button" onClick={() => window.print()}>
            Save as PDF
          </button>
          <span className="hint">
            Choose “Save as PDF” as the printer. On an iPhone or iPad, tap the share button at the
            top of the print options, then “Save to Files”. Below is what it will hold.
          </span>
        </p>
      </div>
      {completion && showing === 'certificate' ? (
        <Suspense fallback={null}>
          <CompletionCertificate
            personName={personName}
            programmeName={programmeName}
            cohortName={cohortName}
            firstDay={firstDay}
            lastDay={lastDay}
            completion={completion}
          />
        </Suspense>
      ) : (
        <LearningRecordDocument
          person={{ name: personName, jobTitle: me?.jobTitle, organisation: me?.organisation }}
          cohortName={cohortName}
          programme={{
            name: programmeName,
            description: programmeDescription,
            director: programmeDirector,
          }}
          modules={moduleRows(modules, marks, todayIso())}
          goals={goals}
          readings={completed}
          reflections={byModule
            .filter((entry) => chosen.has(entry.id))
            .map((entry) => ({
              id: entry.id,
              title: entry.title,
              moduleLabel: moduleLabel(entry.moduleId),
              writtenOn: entry.createdAt,
              body: entry.body,
            }))}
          producedOn={todayIso()}
          {...(completion
            ? { completedOn: completion.confirmedAt.toISOString().slice(0, 10) }
            : {})}
        />
      )}
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
