import { useSuspenseQuery } from '@tanstack/react-query';
import { Form, SubmitButton, failed, saved } from '@/components/form';
import { formatDays, formatHours } from '@/lib/attendance';
import { checkCompletion, directorOf, programmeIsOver } from '@/lib/completion';
import { formatLongDate, todayIso } from '@/lib/dates';
import type { AttendanceMark, Member, Module } from '@/lib/firestore/schemas';
import {
  cohortCompletionsQuery,
  completionRuleQuery,
  directorCallsHeldQuery,
  useConfirmCompletion,
  useWithdrawCompletion,
} from '../api/completions';

type CompletionReviewProps = {
  cohortId: string;
  uid: string;
  members: Member[];
  modules: Module[];
  marks: Record<string, Record<string, AttendanceMark>>;
  readOnly: boolean;
};

/**
 * After the last module: who completed by the programme's rule, and the facilitators' confirmation
 * of each, which is what a participant's certificate rests on.
 */
export default function CompletionReview(props: CompletionReviewProps) {
  const last = [...props.modules].sort((a, b) => a.number - b.number).at(-1);
  return (
    <section aria-labelledby="completion-heading" className="section">
      <h2 id="completion-heading">Who completed the programme</h2>
      {programmeIsOver(props.modules, todayIso()) ? (
        <CompletionTable {...props} />
      ) : (
        <p>
          {last
            ? `Once module ${last.number} ends on ${formatLongDate(last.days[1])}, you confirm here who completed, and they can download a certificate.`
            : 'Once the last module ends, you confirm here who completed.'}
        </p>
      )}
    </section>
  );
}

function CompletionTable({
  cohortId,
  uid,
  members,
  modules,
  marks,
  readOnly,
}: CompletionReviewProps) {
  const { data: rule } = useSuspenseQuery(completionRuleQuery(cohortId));
  const { data: completions } = useSuspenseQuery(cohortCompletionsQuery(cohortId));
  const { data: callsHeld } = useSuspenseQuery(directorCallsHeldQuery(cohortId));
  const confirm = useConfirmCompletion(cohortId);
  const withdraw = useWithdrawCompletion(cohortId);
  const director = directorOf(members, uid);
  const rows = members
    .filter((m) => m.role === 'participant')
    .map((person) => ({
      person,
      check: checkCompletion(
        rule,
        modules,
        marks[person.uid] ?? {},
        callsHeld.includes(person.uid),
      ),
      confirmed: completions[person.uid],
    }));
  const toConfirm = rows.filter((row) => row.check.completed && !row.confirmed);

  return (
    <Form
      failure="The confirmation could not be saved. Nothing has changed; try again."
      onSubmit={async (button) => {
        // One button per row, which confirms or withdraws, so its notice stays beside it.
        const row = rows.find((r) => `completion-${r.person.uid}` === button);
        if (row?.confirmed) {
          try {
            await withdraw.mutateAsync(row.person.uid);
          } catch (error) {
            return failed((error as Error).message);
          }
          return saved(`Withdrawn. ${row.person.displayName} no longer has a certificate.`);
        }
        const chosen = button === 'confirm-all' ? toConfirm : toConfirm.filter((r) => r === row);
        if (chosen.length === 0) return failed('Nobody is waiting to be confirmed.');
        // One at a time, so a refusal says who and keeps the confirmations made before it.
        let done = 0;
        for (const { person } of chosen) {
          try {
            await confirm.mutateAsync(person.uid);
            done += 1;
          } catch (error) {
            // The API's errors are plain English already: a refusal, or the connection failing.
            const { message } = error as Error;
            return failed(done ? `Confirmed ${done} of ${chosen.length}. ${message}` : message);
          }
        }
        return saved(
          chosen.length === 1
            ? `Confirmed. ${chosen[0]?.person.displayName} can now download their certificate.`
            : `Confirmed ${chosen.length} participants. Each can now download their certificate.`,
        );
      }}
    >
      <p>
        Completing means attending at least {rule.minDaysAttended} of the 8 days
        {rule.directorCallRequired ? ' and taking part in the director call' : ''} (a part day
        counts as half). Certificates name {director?.displayName ?? 'the programme director'} as
        programme director.
      </p>
      <div className="table-scroll">
        <table className="agenda">
          <thead>
            <tr>
              <th scope="col">Participant</th>
              <th scope="col">Days attended</th>
              <th scope="col">Hours</th>
              <th scope="col">Director call</th>
              <th scope="col">Completion</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ person, check, confirmed }) => (
              <tr key={person.uid}>
                <th scope="row">{person.displayName}</th>
                <td>{formatDays(check.daysAttended)}</td>
                <td>{formatHours(check.hoursAttended)}</td>
                <td>{check.directorCallHeld ? 'Held' : 'Not held'}</td>
                <td>
                  {confirmed ? (
                    <>
                      Confirmed{' '}
                      {!readOnly && (
                        <SubmitButton
                          name={`completion-${person.uid}`}
                          className="button secondary small"
                          pendingLabel="Withdrawing…"
                        >
                          Withdraw<span className="visually-hidden"> for {person.displayName}</span>
                        </SubmitButton>
                      )}
                    </>
                  ) : check.completed ? (
                    readOnly ? (
                      'Completed, not confirmed'
                    ) : (
                      <SubmitButton
                        name={`completion-${person.uid}`}
                        className="button small"
                        pendingLabel="Confirming…"
                      >
                        Confirm<span className="visually-hidden"> {person.displayName}</span>
                      </SubmitButton>
                    )
                  ) : (
                    `Not completed: ${check.shortOf.join(', ')}`
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!readOnly && rows.some((row) => row.check.completed) && (
        <SubmitButton name="confirm-all" pendingLabel="Confirming…">
          Confirm everyone who completed
        </SubmitButton>
      )}
    </Form>
  );
}
