import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import type { Member } from '@/lib/firestore/schemas';
import { useErasure, type ErasureAnswer } from '../api/erase-participant';
import { useRecentSignIn } from './confirm-password-dialog';

type CohortChoice = { cohortId: string; name: string; members: Member[] };

/** Erasing one person's data from a cohort: choose, see the dry run, type their name, erase. */
export function EraseParticipant({ cohorts }: { cohorts: CohortChoice[] }) {
  const erasure = useErasure();
  const recentSignIn = useRecentSignIn();
  const [cohortId, setCohortId] = useState(cohorts[0]?.cohortId ?? '');
  const [uid, setUid] = useState('');
  const [plan, setPlan] = useState<ErasureAnswer | null>(null);
  const [typedName, setTypedName] = useState('');
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const members = cohorts.find((cohort) => cohort.cohortId === cohortId)?.members ?? [];

  function choose(nextCohort: string, nextUid: string) {
    setCohortId(nextCohort);
    setUid(nextUid);
    setPlan(null);
    setTypedName('');
  }

  async function run(confirmName?: string) {
    setMessage(null);
    try {
      const answer = await recentSignIn.run(() =>
        erasure.mutateAsync({
          cohortId,
          uid,
          ...(confirmName === undefined ? {} : { confirmName }),
        }),
      );
      if (answer.erased) {
        setMessage({
          tone: 'success',
          text: `Erased ${answer.name}’s data. The erasure is recorded (who, whom, when and how many of what staff could see; no content).`,
        });
        choose(cohortId, '');
      } else {
        setPlan(answer);
      }
    } catch (error) {
      setMessage({
        tone: 'error',
        text: error instanceof Error ? error.message : 'The erasure could not be done.',
      });
    }
  }

  function handlePlan(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!uid) {
      setMessage({ tone: 'error', text: 'Choose the person whose data to erase.' });
      return;
    }
    void run();
  }

  function handleErase(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (plan && typedName.trim() !== plan.name) {
      setMessage({
        tone: 'error',
        text: `Nothing was erased. Type their name exactly as shown, ${plan.name}, to confirm.`,
      });
      return;
    }
    void run(typedName);
  }

  return (
    <section className="card" aria-labelledby="erase-heading">
      <h2 id="erase-heading">Erase a person’s data from a cohort</h2>
      <p className="hint">
        For a request under the right to erasure. You see everything that will go before anything
        does.
      </p>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <form className="form" onSubmit={handlePlan} noValidate>
        <div className="field">
          <label htmlFor="erase-cohort">Cohort</label>
          <select id="erase-cohort" value={cohortId} onChange={(e) => choose(e.target.value, '')}>
            {cohorts.map((cohort) => (
              <option key={cohort.cohortId} value={cohort.cohortId}>
                {cohort.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="erase-person">Person</label>
          <select id="erase-person" value={uid} onChange={(e) => choose(cohortId, e.target.value)}>
            <option value="">Choose a person</option>
            {members.map((member) => (
              <option key={member.uid} value={member.uid}>
                {member.displayName} ({member.role})
              </option>
            ))}
          </select>
        </div>
        <p>
          <button type="submit" className="button small" disabled={erasure.isPending}>
            Show what will be erased
          </button>
        </p>
      </form>
      {plan && (
        <form className="form" onSubmit={handleErase} noValidate>
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
          <div className="field">
            <label htmlFor="erase-confirm">Type their name, {plan.name}, to confirm</label>
            <input
              id="erase-confirm"
              autoComplete="off"
              value={typedName}
              onChange={(e) => setTypedName(e.target.value)}
            />
          </div>
          <p>
            <button
              type="submit"
              className="button secondary small danger"
              disabled={erasure.isPending}
            >
              Erase {plan.name}’s data
            </button>
          </p>
        </form>
      )}
      {recentSignIn.dialog}
    </section>
  );
}
