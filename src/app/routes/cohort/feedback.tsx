import type { LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import {
  feedbackSummariesQueryOptions,
  myFeedbackQuery,
  useFeedbackSummaries,
  useMyFeedback,
  useSaveFeedback,
} from '@/features/feedback/api/feedback';
import { FeedbackForm } from '@/features/feedback/components/feedback-form';
import { FeedbackSummaryCard } from '@/features/feedback/components/feedback-summary-card';
import { modulesQuery, useModules } from '@/features/timetable/api/get-modules';
import { addDaysIso, formatLongDate, todayIso } from '@/lib/dates';
import { FEEDBACK_GROUP, MIN_FEEDBACK_RESPONSES } from '@/lib/feedback';
import { feedbackState, feedbackWindow } from '@/lib/feedback-window';
import type { Module } from '@/lib/firestore/schemas';
import { queryClient } from '@/lib/query-client';
import { useCohortContext } from './cohort-context';
import { loadViewer } from './viewer';

export async function loader(args: LoaderFunctionArgs) {
  const { cohortId, uid, isParticipant } = await loadViewer(args);
  await Promise.all([
    queryClient.ensureQueryData(modulesQuery(cohortId)),
    isParticipant
      ? queryClient.ensureQueryData(myFeedbackQuery(cohortId, uid))
      : queryClient.ensureQueryData(feedbackSummariesQueryOptions(cohortId)),
  ]);
  return null;
}

type CohortModule = Module & { id: string };

export function Component() {
  const { cohortId, uid, role } = useCohortContext();
  const { data: modules } = useModules(cohortId);
  const sorted = [...modules].sort((a, b) => a.number - b.number);
  return (
    <>
      <PageTitle>Module feedback</PageTitle>
      <h1>Module feedback</h1>
      {role === 'participant' ? (
        <>
          <p className="lead">
            Tell the facilitators how each module landed. Only you can read your answers, and nobody
            sees your name on them.
          </p>
          <p>
            Facilitators see combined answers only: the first {FEEDBACK_GROUP} once {FEEDBACK_GROUP}{' '}
            people have answered, more in groups of at least {FEEDBACK_GROUP}, and the rest the
            morning after feedback closes if at least {FEEDBACK_GROUP} are waiting. Once yours are
            included you cannot change them, and they stay in the totals without your name.
          </p>
          <ParticipantFeedback cohortId={cohortId} uid={uid} modules={sorted} />
        </>
      ) : (
        <>
          <p className="lead">
            How each module landed, from the participants’ anonymous answers. Nobody’s answers can
            be seen on their own, and a module shows nothing until {MIN_FEEDBACK_RESPONSES} people
            have answered.
          </p>
          <StaffFeedback cohortId={cohortId} modules={sorted} />
        </>
      )}
    </>
  );
}

function ParticipantFeedback({
  cohortId,
  uid,
  modules,
}: {
  cohortId: string;
  uid: string;
  modules: CohortModule[];
}) {
  const { data: mine } = useMyFeedback(cohortId, uid);
  const save = useSaveFeedback(cohortId, uid);
  const today = todayIso();
  const started = modules.filter((m) => feedbackState(m, modules, today) !== 'not-yet');
  if (started.length === 0) {
    const first = modules[0];
    return (
      <p>
        {first
          ? `Feedback opens the day after module 1 ends, on ${formatLongDate(feedbackWindow(first, modules).opens)}.`
          : 'Feedback opens the day after each module ends.'}
      </p>
    );
  }
  return (
    <div className="stack">
      {[...started].reverse().map((module) => {
        const { closes } = feedbackWindow(module, modules);
        const lastDay = formatLongDate(addDaysIso(closes, -1));
        const headingId = `feedback-${module.id}`;
        const saved = mine[module.id];
        return (
          <section key={module.id} className="card" aria-labelledby={headingId}>
            <h2 id={headingId}>
              Module {module.number}: {module.title}
            </h2>
            {saved?.publishedAt ? (
              <p>
                {`You gave this module ${saved.overall} out of 5. Your answers are now part of what the facilitators see, so they can no longer be changed.`}
              </p>
            ) : feedbackState(module, modules, today) === 'open' ? (
              <>
                <p className="hint">
                  {saved
                    ? `You have answered. You can change your answers until they are shown to the facilitators, and at the latest until ${lastDay}.`
                    : `Open until ${lastDay}.`}
                </p>
                <FeedbackForm
                  module={module}
                  saved={saved}
                  lastDay={lastDay}
                  onSave={(answers) => save.mutateAsync({ moduleId: module.id, answers })}
                />
              </>
            ) : (
              <p>
                {saved
                  ? `You gave this module ${saved.overall} out of 5. Feedback closed on ${lastDay}.`
                  : `Feedback closed on ${lastDay}.`}
              </p>
            )}
          </section>
        );
      })}
    </div>
  );
}

function StaffFeedback({ cohortId, modules }: { cohortId: string; modules: CohortModule[] }) {
  const { data: summaries } = useFeedbackSummaries(cohortId);
  const today = todayIso();
  return (
    <div className="stack">
      {modules.map((module) => {
        const state = feedbackState(module, modules, today);
        if (state === 'not-yet') {
          return (
            <section key={module.id} className="card" aria-labelledby={`feedback-${module.id}`}>
              <h2 id={`feedback-${module.id}`}>
                Module {module.number}: {module.title}
              </h2>
              <p className="hint">
                Feedback opens on {formatLongDate(feedbackWindow(module, modules).opens)}, the day
                after the module ends.
              </p>
            </section>
          );
        }
        return (
          <FeedbackSummaryCard
            key={module.id}
            module={module}
            summary={summaries[module.id]}
            open={state === 'open'}
          />
        );
      })}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
