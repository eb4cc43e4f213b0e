import { useSuspenseQuery } from '@tanstack/react-query';
import { Form, SubmitButton, failed, saved } from '@/components/form';
import { formatDays, formatHours } from '@/lib/attendance';
import { checkCompletion, programmeIsOver } from '@/lib/completion';
import { formatLongDate, todayIso } from '@/lib/dates';
import type { AttendanceMark, Member, Module } from '@/lib/firestore/schemas';
import {
  cohortCompletionsQuery,
  completionRuleQuery,
  directorCallsHeldQuery,
  useConfirmCompletions,
  useWithdrawCompletion,
  type Confirmation,
} from '../api/completions';

type CompletionReviewProps = {
  cohortId: string;
  uid: string;
  members: Member[];
  modules: Module[];
  marks: Record<string, Record<string, AttendanceMark>>;
  readOnly: boolean;
};

/** The programme director a certificate names: the facilitator with that title, else the confirmer. */
function directorOf(members: Member[], uid: string) {
  const facilitators = members.filter((m) => m.role === 'facilitator');
  return (
    facilitators.find((m) => /programme director/i.test(m.jobTitle ?? '')) ??
    facilitators.find((m) => m.uid === uid) ??
    facilitators[0]
  );
}

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
  const confirm = useConfirmCompletions(cohortId, uid);
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
  const confirmation = ({ person, check }: (typeof rows)[number]): Confirmation => ({
    uid: person.uid,
    displayName: person.displayName,
    daysAttended: check.daysAttended,
    hoursAttended: check.hoursAttended,
    directorName: director?.displayName ?? '',
    directorUid: director?.uid ?? '',
  });

  return (
    <Form
      failure="The confirmation could not be saved. Nothing has changed; try again."
      onSubmit={async (button) => {
        // One button per row, which confirms or withdraws, so its notice stays beside it.
        const row = rows.find((r) => `completion-${r.person.uid}` === button);
        if (row?.confirmed) {
          await withdraw.mutateAsync(row.person.uid);
          return saved(`Withdrawn. ${row.person.displayName} no longer has a certificate.`);
        }
        const chosen = button === 'confirm-all' ? toConfirm : toConfirm.filter((r) => r === row);
        if (chosen.length === 0) return failed('Nobody is waiting to be confirmed.');
        await confirm.mutateAsync(chosen.map(confirmation));
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
