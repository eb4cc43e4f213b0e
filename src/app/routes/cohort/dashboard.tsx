import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo } from 'react';
import { Link } from 'react-router';
import type { LoaderFunctionArgs } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { preloadMarkdownFor } from '@/components/ui/markdown';
import { PageTitle } from '@/components/ui/page-title';
import { WhenNearView } from '@/components/ui/when-near-view';
import { myCohortsQuery } from '@/features/cohorts/api/get-my-cohorts';
import { paths } from '@/config/paths';
import {
  announcementKeys,
  announcementsQueryOptions,
  announcementsShown,
} from '@/features/announcements/api/announcements';
import { CohortAnnouncements } from '@/features/announcements/components/cohort-announcements';
import { FeedbackPrompt } from '@/features/feedback/components/feedback-prompt';
import { directorCallQueryOptions, myGoalsQueryOptions } from '@/features/goals/api/goals';
import { BeforeTheProgramme } from '@/features/goals/components/director-call-window';
import { GoalsSummary } from '@/features/goals/components/goals-summary';
import {
  hasEntryForModuleQueryOptions,
  myEntriesQueryOptions,
} from '@/features/journal/api/entries';
import { ReflectionCount } from '@/features/journal/components/journey-summary';
import { ReflectPrompt } from '@/features/journal/components/reflect-prompt';
import {
  moduleMaterialsQueryOptions,
  myModuleReadingsQueryOptions,
} from '@/features/pre-reading/api/module-summary';
import { ReadingSummary } from '@/features/pre-reading/components/reading-summary';
import { preReadingKeys } from '@/features/pre-reading/api/pre-reading-keys';
import { modulesQuery, timetableKeys, useModules } from '@/features/timetable/api/get-modules';
import { ModuleSummaryList } from '@/features/timetable/components/module-summary-list';
import { WhereTheCohortIs } from '@/features/timetable/components/where-the-cohort-is';
import { NextModuleCard } from '@/features/timetable/components/next-module-card';
import { useRefreshOnNews, whatsNewQuery } from '@/features/whats-new/api/whats-new';
import { WhatsNewCard } from '@/features/whats-new/components/whats-new-card';
import { moduleStatus, nextModule } from '@/features/timetable/module-status';
import { addDaysIso, formatLongDate, todayIso } from '@/lib/dates';
import { feedbackWindow, moduleOpenForFeedback } from '@/lib/feedback-window';
import { OwnListeners } from '@/lib/firestore/live-query';
import type { Module } from '@/lib/firestore/schemas';
import { isNewJoiner, modulesBeforeJoining } from '@/lib/joining';
import { firstName } from '@/lib/names';
import { queryClient } from '@/lib/query-client';
import { useCohortContext } from './cohort-context';
import { loadViewer } from './viewer';

// The network's card loads its own code and its two asks once it is near the screen.
const LatestAsks = lazy(() => import('@/features/network/components/latest-asks'));
const StaffHome = lazy(() => import('./staff-home'));

// Reads only what the cards show: the next module's pre-reading, whether the last module has a
// reflection, and the latest announcements (bench: at most 30 documents, however big the database).
export async function loader(args: LoaderFunctionArgs) {
  const { cohortId, uid, role, isParticipant } = await loadViewer(args);
  // "What's new" and the announcements are read before the first paint, so no card grows after
  // it and pushes the others down.
  const [modules] = await Promise.all([
    queryClient.ensureQueryData(modulesQuery(cohortId)),
    queryClient
      .ensureQueryData(
        announcementsQueryOptions(cohortId, announcementsShown(role === 'facilitator')),
      )
      .then((announcements) => preloadMarkdownFor(announcements.map((a) => a.body))),
    ...(role !== null ? [queryClient.ensureQueryData(whatsNewQuery(cohortId, uid))] : []),
  ]);
  if (!isParticipant) {
    // The staff's own dashboard and its code load only for them (its module is its own chunk).
    if (navigator.onLine) {
      const { loadStaffHome } = await import('./staff-home');
      await loadStaffHome(cohortId, role === 'facilitator', modules);
    }
    return null;
  }
  const next = nextModule(modules);
  // The shell's own query (shared, not read twice) says when this person joined.
  const mine = await queryClient.ensureQueryData(myCohortsQuery(uid, false));
  const joinedOn = mine.find((cohort) => cohort.cohortId === cohortId)?.joinedOn;
  const lastPast = attendedPast(modules, joinedOn);
  const first = modules[0];
  // The director call's card shows only before the programme starts.
  const beforeProgramme = first !== undefined && moduleStatus(first) === 'upcoming';
  await Promise.all([
    queryClient.ensureQueryData(myGoalsQueryOptions(cohortId, uid)),
    ...(beforeProgramme
      ? [queryClient.ensureQueryData(directorCallQueryOptions(cohortId, uid))]
      : []),
    ...(next
      ? [
          queryClient.ensureQueryData(moduleMaterialsQueryOptions(cohortId, next.id)),
          queryClient.ensureQueryData(myModuleReadingsQueryOptions(cohortId, uid, next.id)),
        ]
      : [queryClient.ensureQueryData(myEntriesQueryOptions(cohortId, uid))]),
    ...(lastPast
      ? [queryClient.ensureQueryData(hasEntryForModuleQueryOptions(cohortId, uid, lastPast.id))]
      : []),
  ]);
  return null;
}

// The cards keep no listeners of their own (each would read its documents again once the first
// view has read them): the shell's one listener on "what's new" tells the dashboard what to read
// again (decision 0016).
export function Component() {
  const { role } = useCohortContext();
  if (role !== 'participant') {
    return (
      <Suspense fallback={<Loading label="Opening your dashboard…" />}>
        <StaffHome />
      </Suspense>
    );
  }
  return (
    <OwnListeners value={false}>
      <Dashboard />
    </OwnListeners>
  );
}

/** The last finished module this person was there for: only that one asks for a reflection. */
function attendedPast<M extends Module>(modules: M[], joinedOn: string | undefined) {
  const missed = modulesBeforeJoining(modules, joinedOn);
  return modules.filter((m) => moduleStatus(m) === 'past' && !missed.includes(m)).at(-1);
}

function Dashboard() {
  const { cohortId, uid, role, personName, archived, joinedOn } = useCohortContext();
  const { data: modules } = useModules(cohortId);
  const today = todayIso();
  const next = nextModule(modules);
  const missed = modulesBeforeJoining(modules, joinedOn);
  const lastPast = attendedPast(modules, joinedOn);
  const first = modules[0];
  const beforeProgramme = first !== undefined && moduleStatus(first) === 'upcoming';
  const participant = role === 'participant';
  // An archived cohort is for reading: nothing on its dashboard asks anyone to write.
  const writer = participant && !archived;
  const openFeedback = writer ? moduleOpenForFeedback(modules, today) : undefined;
  // Nobody is asked about a module that was over before they joined.
  const feedbackModule = openFeedback && !missed.includes(openFeedback) ? openFeedback : undefined;
  const catchingUp = participant && missed.length > 0 && next !== undefined;
  // The shell's listener keeps this person's server-written list, which notes answered modules.
  const { data: news } = useQuery({ ...whatsNewQuery(cohortId, uid), enabled: false });
  const refresh = useMemo(
    () => ({
      announcement: announcementKeys.latest(cohortId),
      session: timetableKeys.modules(cohortId),
      reading: preReadingKeys.materials(cohortId),
    }),
    [cohortId],
  );
  useRefreshOnNews(cohortId, uid, refresh);

  return (
    <>
      <PageTitle>Dashboard</PageTitle>
      <h1>Dashboard</h1>
      <p className="lead">
        {isNewJoiner(joinedOn, today) ? 'Welcome' : 'Welcome back'}, {firstName(personName)}.
      </p>
      <div className="dashboard-grid">
        <div className="stack">
          {catchingUp && next && <WhereTheCohortIs missed={missed} next={next} />}
          {participant && beforeProgramme && first && (
            <BeforeTheProgramme cohortId={cohortId} uid={uid} firstModuleDay={first.days[0]} />
          )}
          <NextModuleCard cohortId={cohortId} />
          {role !== 'admin' && <WhatsNewCard cohortId={cohortId} uid={uid} />}
          {feedbackModule && (
            <FeedbackPrompt
              moduleNumber={feedbackModule.number}
              lastDay={formatLongDate(
                addDaysIso(feedbackWindow(feedbackModule, modules).closes, -1),
              )}
              given={news?.feedbackGiven?.[feedbackModule.id] === true}
              link={paths.cohort(cohortId, 'feedback')}
            />
          )}
          {writer && lastPast && (
            <ReflectPrompt
              cohortId={cohortId}
              uid={uid}
              moduleId={lastPast.id}
              moduleLabel={`module ${lastPast.number}`}
              newEntryPath={paths.newJournalEntry(cohortId, lastPast.id)}
            />
          )}
          {participant && next && (
            <ReadingSummary
              cohortId={cohortId}
              uid={uid}
              moduleId={next.id}
              moduleLabel={`module ${next.number}`}
              link={paths.cohort(cohortId, 'pre-reading')}
            />
          )}
          {participant && !next && (
            <section className="card" aria-labelledby="journey-heading">
              <h2 id="journey-heading">Your journey</h2>
              <ReflectionCount cohortId={cohortId} uid={uid} />
              <p>
                <Link className="button" to={paths.learningRecord(cohortId)}>
                  Your learning record
                </Link>
              </p>
            </section>
          )}
          {participant && (
            <GoalsSummary cohortId={cohortId} uid={uid} link={paths.cohort(cohortId, 'goals')} />
          )}
        </div>
        <div className="stack">
          <section aria-labelledby="announcements-heading">
            <h2 id="announcements-heading">Announcements</h2>
            <CohortAnnouncements
              cohortId={cohortId}
              canPost={role === 'facilitator' && !archived}
              author={{ uid, name: personName }}
            />
          </section>
          <section aria-labelledby="programme-heading">
            <h2 id="programme-heading">Your programme</h2>
            <ModuleSummaryList cohortId={cohortId} />
          </section>
          {/* Last in its column, so arriving late pushes nothing down; read only when scrolled near. */}
          <WhenNearView>
            <Suspense fallback={null}>
              <LatestAsks cohortId={cohortId} />
            </Suspense>
          </WhenNearView>
        </div>
      </div>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
