import { paths } from '@/config/paths';
import { PageTitle } from '@/components/ui/page-title';
import {
  CohortAnnouncements,
  preloadAnnouncementForm,
} from '@/features/announcements/components/cohort-announcements';
import { pendingInvitationsQuery } from '@/features/cohorts/api/manage-people';
import { membersQuery, useMembers } from '@/features/cohorts/api/get-members';
import { InvitationsCard } from '@/features/cohorts/components/invitations-card';
import { feedbackSummariesQueryOptions } from '@/features/feedback/api/feedback';
import { FeedbackStatusCard } from '@/features/feedback/components/feedback-status-card';
import { SharedWithYouCard } from '@/features/journal/components/shared-with-you-card';
import { readinessQueryOptions } from '@/features/readiness/api/readiness';
import { ReadinessCards } from '@/features/readiness/components/readiness-cards';
import { useModules } from '@/features/timetable/api/get-modules';
import { ModuleSummaryList } from '@/features/timetable/components/module-summary-list';
import { NextModuleCard } from '@/features/timetable/components/next-module-card';
import { moduleNamer } from '@/features/timetable/module-names';
import { nextModule } from '@/features/timetable/module-status';
import { WhatsNewCard } from '@/features/whats-new/components/whats-new-card';
import { addDaysIso, formatLongDate, todayIso } from '@/lib/dates';
import { feedbackWindow, moduleOpenForFeedback } from '@/lib/feedback-window';
import type { Module } from '@/lib/firestore/schemas';
import { firstName } from '@/lib/names';
import { queryClient } from '@/lib/query-client';
import { useCohortContext } from './cohort-context';

/**
 * What the staff's dashboard reads before it shows, so no card grows after the first paint.
 * Readiness and director calls are the facilitators' own: the rules let the programme team read
 * neither, so their dashboard leaves them out.
 */
export async function loadStaffHome(
  cohortId: string,
  facilitator: boolean,
  modules: (Module & { id: string })[],
) {
  await Promise.all([
    queryClient.ensureQueryData(membersQuery(cohortId)),
    queryClient.ensureQueryData(pendingInvitationsQuery(cohortId)),
    queryClient.ensureQueryData(feedbackSummariesQueryOptions(cohortId)),
    ...(facilitator
      ? [
          queryClient.ensureQueryData(readinessQueryOptions(cohortId, nextModule(modules)?.id)),
          preloadAnnouncementForm().catch(() => undefined),
        ]
      : []),
  ]);
}

/** A facilitator's (or the programme team's) dashboard: what needs them now, each a link to act. */
export default function StaffHome() {
  const { cohortId, uid, role, personName, archived } = useCohortContext();
  const { data: modules } = useModules(cohortId);
  const { data: members } = useMembers(cohortId);
  const facilitator = role === 'facilitator';
  const next = nextModule(modules);
  const feedbackModule = moduleOpenForFeedback(modules, todayIso());

  return (
    <>
      <PageTitle>Dashboard</PageTitle>
      <h1>Dashboard</h1>
      <p className="lead">What needs you now, {firstName(personName)}.</p>
      <div className="dashboard-grid">
        <div className="stack">
          <NextModuleCard cohortId={cohortId} />
          {facilitator && next && !archived && (
            <ReadinessCards
              cohortId={cohortId}
              nextModule={next}
              participantPath={(person) => `${paths.participant(cohortId, person)}?from=dashboard`}
              readinessPath={paths.cohort(cohortId, 'readiness')}
            />
          )}
          {facilitator && (
            <SharedWithYouCard
              cohortId={cohortId}
              moduleTitle={moduleNamer(modules)}
              entryPath={(id) => paths.journalEntry(cohortId, id)}
              allPath={paths.cohort(cohortId, 'cohort')}
            />
          )}
          {feedbackModule && (
            <FeedbackStatusCard
              cohortId={cohortId}
              module={feedbackModule}
              participants={members.filter((m) => m.role === 'participant').length}
              lastDay={formatLongDate(
                addDaysIso(feedbackWindow(feedbackModule, modules).closes, -1),
              )}
              feedbackPath={paths.cohort(cohortId, 'feedback')}
            />
          )}
          {!archived && (
            <InvitationsCard cohortId={cohortId} peoplePath={paths.cohort(cohortId, 'people')} />
          )}
          {facilitator && <WhatsNewCard cohortId={cohortId} uid={uid} />}
        </div>
        <div className="stack">
          <section aria-labelledby="announcements-heading">
            <h2 id="announcements-heading">Announcements</h2>
            <CohortAnnouncements
              cohortId={cohortId}
              canPost={facilitator && !archived}
              author={{ uid, name: personName }}
            />
          </section>
          <section aria-labelledby="programme-heading">
            <h2 id="programme-heading">The programme</h2>
            <ModuleSummaryList cohortId={cohortId} />
          </section>
        </div>
      </div>
    </>
  );
}
