import { useState } from 'react';
import { Checkbox, Form, SubmitButton, TextField, invalid, saved } from '@/components/form';
import { DAYS_IN_PROGRAMME, type CompletionRule } from '@/lib/completion';

/**
 * What completing the programme means. The rules store a whole number of days from 1 to 8
 * (decision 0032), so the form asks for the same; a part day still counts as half when a
 * participant's days are added up.
 */
export function CompletionRuleForm({
  programmeId,
  programmeName,
  initial,
  onSave,
}: {
  programmeId: string;
  /** For the form's name: a page lists every programme, and each form's name must be its own. */
  programmeName: string;
  initial: CompletionRule;
  onSave: (rule: CompletionRule) => Promise<unknown>;
}) {
  const daysId = `${programmeId}-completion-days`;
  const [days, setDays] = useState(String(initial.minDaysAttended));
  const [callRequired, setCallRequired] = useState(initial.directorCallRequired);

  async function handleSubmit() {
    const typed = days.trim();
    const minDaysAttended = Number(typed);
    if (!/^\d+$/.test(typed) || minDaysAttended < 1 || minDaysAttended > DAYS_IN_PROGRAMME) {
      return invalid({
        [daysId]: `Enter a whole number of days from 1 to ${DAYS_IN_PROGRAMME}, such as 6.`,
      });
    }
    await onSave({ minDaysAttended, directorCallRequired: callRequired });
    setDays(String(minDaysAttended));
    const call = callRequired ? ' and the director call' : '';
    return saved(
      `Saved. Completing now means at least ${minDaysAttended} of the ${DAYS_IN_PROGRAMME} days${call}.`,
    );
  }

  return (
    <Form
      className="form card"
      onSubmit={handleSubmit}
      failure="The completion rule could not be saved. Nothing changed; try again."
      aria-labelledby={`${programmeId}-completion-heading`}
    >
      <h3 id={`${programmeId}-completion-heading`}>
        What completing the programme means
        <span className="visually-hidden"> for {programmeName}</span>
      </h3>
      <TextField
        id={daysId}
        label="Days attended, at least"
        hint={`Of the ${DAYS_IN_PROGRAMME} days. A part day counts as half a day, as on the attendance sheet.`}
        inputMode="numeric"
        className="narrow"
        value={days}
        onChange={setDays}
      />
      <Checkbox
        id={`${programmeId}-completion-call`}
        label="The director call must have taken place"
        checked={callRequired}
        onChange={setCallRequired}
      />
      <p>
        <SubmitButton pendingLabel="Saving…">Save completion rule</SubmitButton>
      </p>
    </Form>
  );
}
