import { useState } from 'react';
import {
  failed,
  Form,
  invalid,
  Radios,
  saved,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  type FieldErrors,
} from '@/components/form';
import { sayable } from '@/components/errors/sayable';
import { todayIso } from '@/lib/dates';
import { AGREEMENT_NOTE_MAX, agreementMethods, type AgreementMethod } from '@/lib/deferral';
import type { Member } from '@/lib/firestore/schemas';
import { useDeferral } from '../api/defer-participant';
import { useRecentSignIn } from './confirm-password-dialog';

type CohortChoice = {
  cohortId: string;
  name: string;
  startDate: string;
  archived: boolean;
  members: Member[];
};

const methodOptions = Object.entries(agreementMethods).map(([value, label]) => ({ value, label }));

/**
 * Moving a participant to a later cohort of the programme, when work gets in the way. Their
 * agreement comes first: the form records how and when they gave it.
 */
export default function DeferParticipant({ cohorts }: { cohorts: CohortChoice[] }) {
  const deferral = useDeferral();
  const recentSignIn = useRecentSignIn();
  const open = cohorts.filter((cohort) => !cohort.archived);
  const [fromCohortId, setFromCohortId] = useState(open[0]?.cohortId ?? '');
  const [uid, setUid] = useState('');
  const [toCohortId, setToCohortId] = useState('');
  const [method, setMethod] = useState('');
  const [agreedOn, setAgreedOn] = useState('');
  const [note, setNote] = useState('');
  const from = open.find((cohort) => cohort.cohortId === fromCohortId);
  const participants = (from?.members ?? []).filter((member) => member.role === 'participant');
  const later = open.filter((cohort) => from && cohort.startDate > from.startDate);

  return (
    <section className="card" aria-labelledby="defer-heading">
      <h2 id="defer-heading">Move a participant to a later cohort</h2>
      <p className="hint">
        Their goals, check-ins, journal with its replies and director call go with them; their
        attendance stays with the modules they came to. The seat frees here and is taken there, and
        both cohorts’ facilitators see the move on their People page.
      </p>
      <Form
        failure="The move could not be made. Nothing has changed; try again."
        onSubmit={async () => {
          const errors: FieldErrors = {};
          if (!uid) errors['defer-person'] = 'Choose the participant to move.';
          if (!toCohortId) errors['defer-to'] = 'Choose the later cohort they move to.';
          if (!method) errors['defer-method'] = 'Say how they agreed to the move.';
          if (!/^\d{4}-\d{2}-\d{2}$/.test(agreedOn)) {
            errors['defer-agreed-on'] = 'Enter the day they agreed, like 2027-03-02.';
          } else if (agreedOn > todayIso()) {
            errors['defer-agreed-on'] = 'The day they agreed cannot be in the future.';
          }
          if (note.trim().length > AGREEMENT_NOTE_MAX) {
            errors['defer-note'] = `Use ${AGREEMENT_NOTE_MAX} characters or fewer.`;
          }
          if (Object.keys(errors).length > 0) return invalid(errors);
          const name = participants.find((member) => member.uid === uid)?.displayName ?? '';
          try {
            const answer = await recentSignIn.run(() =>
              deferral.mutateAsync({
                uid,
                fromCohortId,
                toCohortId,
                agreementMethod: method as AgreementMethod,
                agreedOn,
                agreementNote: note.trim(),
              }),
            );
            setUid('');
            setMethod('');
            setAgreedOn('');
            setNote('');
            if (answer.outcome === 'already-deferred') {
              return saved(`${name} had already moved to ${answer.toCohortName}. Nothing changed.`);
            }
            const { goals, entries } = answer.moved;
            return saved(
              `${name} moved to ${answer.toCohortName}, with ${goals} ${goals === 1 ? 'goal' : 'goals'} and ${entries} journal ${entries === 1 ? 'entry' : 'entries'}.`,
            );
          } catch (error) {
            return failed(
              `${sayable(error, 'The move could not be made.')} Nothing has changed; try again.`,
            );
          }
        }}
      >
        <SelectField
          id="defer-from"
          label="Cohort they are in"
          value={fromCohortId}
          onChange={(value) => {
            setFromCohortId(value);
            setUid('');
            setToCohortId('');
          }}
          options={open.map((cohort) => ({ value: cohort.cohortId, label: cohort.name }))}
        />
        <SelectField
          id="defer-person"
          label="Participant"
          value={uid}
          onChange={setUid}
          options={[
            { value: '', label: 'Choose a participant' },
            ...participants.map((member) => ({ value: member.uid, label: member.displayName })),
          ]}
        />
        <SelectField
          id="defer-to"
          label="Later cohort they move to"
          hint="Only cohorts that start later. A full cohort refuses the move until a seat frees."
          value={toCohortId}
          onChange={setToCohortId}
          options={[
            { value: '', label: later.length ? 'Choose a cohort' : 'No later cohort yet' },
            ...later.map((cohort) => ({ value: cohort.cohortId, label: cohort.name })),
          ]}
        />
        <Radios
          id="defer-method"
          name="defer-method"
          legend="How they agreed"
          value={method}
          onChange={setMethod}
          options={methodOptions}
        />
        <TextField
          id="defer-agreed-on"
          label="The day they agreed"
          type="date"
          max={todayIso()}
          value={agreedOn}
          onChange={setAgreedOn}
        />
        <TextAreaField
          id="defer-note"
          label="What they agreed to (optional)"
          hint="For example, “Replied to our email of 18 November”. Both cohorts’ facilitators read this."
          rows={2}
          value={note}
          onChange={setNote}
        />
        <SubmitButton pendingLabel="Moving…">Move them to the later cohort</SubmitButton>
      </Form>
      {recentSignIn.dialog}
    </section>
  );
}
