import { useState } from 'react';
import { Form, SelectField, SubmitButton, TextField, failed, invalid } from '@/components/form';
import { sayable } from '@/components/errors/sayable';
import { Alert } from '@/components/ui/alert';
import type { Member } from '@/lib/firestore/schemas';
import { useErasure, type ErasureAnswer } from '../api/erase-participant';
import { useRecentSignIn } from './confirm-password-dialog';

type CohortChoice = { cohortId: string; name: string; members: Member[] };

const refusal = (error: unknown) => sayable(error, 'The erasure could not be done.');

/** Erasing one person's data from a cohort: choose, see the dry run, type their name, erase. */
export function EraseParticipant({ cohorts }: { cohorts: CohortChoice[] }) {
  const erasure = useErasure();
  const recentSignIn = useRecentSignIn();
  const [cohortId, setCohortId] = useState(cohorts[0]?.cohortId ?? '');
  const [uid, setUid] = useState('');
  const [plan, setPlan] = useState<ErasureAnswer | null>(null);
  const [typedName, setTypedName] = useState('');
  // Said where the erase form was, since that form goes once the erasure is done.
  const [erased, setErased] = useState<string | null>(null);
  const members = cohorts.find((cohort) => cohort.cohortId === cohortId)?.members ?? [];

  function choose(nextCohort: string, nextUid: string) {
    setCohortId(nextCohort);
    setUid(nextUid);
    setPlan(null);
    setTypedName('');
    setErased(null);
  }

  const ask = (confirmName?: string) =>
    recentSignIn.run(() =>
      erasure.mutateAsync({ cohortId, uid, ...(confirmName === undefined ? {} : { confirmName }) }),
    );

  async function showPlan() {
    if (!uid) return invalid({ 'erase-person': 'Choose the person whose data to erase.' });
    try {
      setPlan(await ask());
    } catch (error) {
      return failed(refusal(error));
    }
  }

  async function erase() {
    if (!plan) return;
    if (typedName.trim() !== plan.name) {
      return invalid({
        'erase-confirm': `Nothing was erased. Type their name exactly as shown, ${plan.name}, to confirm.`,
      });
    }
    try {
      const answer = await ask(typedName);
      if (!answer.erased) return failed('Nothing was erased. Try again.');
      choose(cohortId, '');
      setErased(
        `Erased ${answer.name}’s data. The erasure is recorded (who, whom, when and how many of what staff could see; no content).`,
      );
    } catch (error) {
      return failed(refusal(error));
    }
  }

  return (
    <section className="card" aria-labelledby="erase-heading">
      <h2 id="erase-heading">Erase a person’s data from a cohort</h2>
      <p className="hint">
        For a request under the right to erasure. You see everything that will go before anything
        does.
      </p>
      <Form onSubmit={showPlan} failure="The erasure could not be prepared. Try again.">
        <SelectField
          id="erase-cohort"
          label="Cohort"
          value={cohortId}
          onChange={(next) => choose(next, '')}
          options={cohorts.map((cohort) => ({ value: cohort.cohortId, label: cohort.name }))}
        />
        <SelectField
          id="erase-person"
          label="Person"
          value={uid}
          onChange={(next) => choose(cohortId, next)}
          options={[
            { value: '', label: 'Choose a person' },
            ...members.map((member) => ({
              value: member.uid,
              label: `${member.displayName} (${member.role})`,
            })),
          ]}
        />
        <p>
          <SubmitButton className="button small" pendingLabel="Looking…">
            Show what will be erased
          </SubmitButton>
        </p>
      </Form>
      {erased && <Alert tone="success">{erased}</Alert>}
      {plan && (
        <Form onSubmit={erase} failure="The erasure could not be done. Try again.">
          <h3>What will be erased of {plan.name}</h3>
          <ul aria-label="What will be erased, by kind">
            {Object.entries(plan.counts).map(([kind, count]) => (
              <li key={kind}>
                {kind}: {count}
              </li>
            ))}
            {plan.alsoErased.map((kind) => (
              <li key={kind}>{kind}</li>
            ))}
          </ul>
          <p className="hint">
            Private journal entries and feedback answers are not counted, because nobody on the
            staff may know whether there are any.
          </p>
          <TextField
            id="erase-confirm"
            label={`Type their name, ${plan.name}, to confirm`}
            autoComplete="off"
            value={typedName}
            onChange={setTypedName}
          />
          <p>
            <SubmitButton className="button secondary small danger" pendingLabel="Erasing…">
              Erase {plan.name}’s data
            </SubmitButton>
          </p>
        </Form>
      )}
      {recentSignIn.dialog}
    </section>
  );
}
