import { useAddGoal, useEditGoal, useMyGoals, useRecordCheckIn } from '../api/goals';
import { AddGoalForm } from './add-goal-form';
import { DirectorCallCard } from './director-call-card';
import { GoalCard } from './goal-card';

type GoalsOverviewProps = {
  cohortId: string;
  uid: string;
  /** The modules this person can check in after: those they were there for. */
  moduleNumbers: number[];
  checkInModule: number;
  firstModuleDay?: string;
};

export function GoalsOverview({
  cohortId,
  uid,
  moduleNumbers,
  checkInModule,
  firstModuleDay,
}: GoalsOverviewProps) {
  const { data: goals } = useMyGoals(cohortId, uid);
  const addGoal = useAddGoal(cohortId, uid);
  const editGoal = useEditGoal(cohortId, uid);
  const recordCheckIn = useRecordCheckIn(cohortId, uid);

  return (
    <>
      <DirectorCallCard cohortId={cohortId} uid={uid} firstModuleDay={firstModuleDay} />
      <section aria-labelledby="goals-heading" className="section">
        <h2 id="goals-heading">Your goals</h2>
        {goals.length === 0 ? (
          <p>
            No goals yet. The goals from your director call will appear here, and you can add your
            own.
          </p>
        ) : (
          <ul className="goals">
            {goals.map((goal) => (
              <GoalCard
                key={goal.id}
                goal={goal}
                moduleNumbers={moduleNumbers}
                defaultModule={checkInModule}
                canEdit={goal.source === 'participant'}
                onEdit={(text) => editGoal.mutateAsync({ goalId: goal.id, text })}
                onCheckIn={(moduleNumber, progress, note) =>
                  recordCheckIn.mutateAsync({
                    goalId: goal.id,
                    moduleNumber,
                    checkIn: { progress, note },
                  })
                }
              />
            ))}
          </ul>
        )}
      </section>
      <AddGoalForm onAdd={(text) => addGoal.mutateAsync(text)} />
    </>
  );
}
