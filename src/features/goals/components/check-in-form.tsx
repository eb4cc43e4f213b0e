import { useId, useState } from 'react';
import {
  Form,
  Radios,
  SelectField,
  SubmitButton,
  TextAreaField,
  invalid,
  saved,
} from '@/components/form';
import { LIMITS, progressLevels, type Goal } from '@/lib/firestore/schemas';

type CheckInFormProps = {
  goal: Goal;
  moduleNumbers: number[];
  defaultModule: number;
  onSave: (moduleNumber: number, progress: number, note: string) => Promise<unknown>;
};

export function CheckInForm({ goal, moduleNumbers, defaultModule, onSave }: CheckInFormProps) {
  const id = useId();
  const [moduleNumber, setModuleNumber] = useState(defaultModule);
  const existing = goal.checkIns[String(moduleNumber) as keyof Goal['checkIns']];
  const [progress, setProgress] = useState<number | null>(existing?.progress ?? null);
  const [note, setNote] = useState(existing?.note ?? '');

  function chooseModule(next: number) {
    const current = goal.checkIns[String(next) as keyof Goal['checkIns']];
    setModuleNumber(next);
    setProgress(current?.progress ?? null);
    setNote(current?.note ?? '');
  }

  async function handleSubmit() {
    if (progress === null)
      return invalid({ [`${id}-progress`]: 'Choose how it is going before saving.' });
    await onSave(moduleNumber, progress, note);
    return saved(`Check-in saved for module ${moduleNumber}.`);
  }

  return (
    <Form
      className="form check-in"
      onSubmit={handleSubmit}
      failure="We could not save your check-in. Check your connection and try again; your note is still here."
    >
      <SelectField
        id={`${id}-module`}
        label="After module"
        value={String(moduleNumber)}
        onChange={(value) => chooseModule(Number(value))}
        options={moduleNumbers.map((n) => ({ value: String(n), label: `Module ${n}` }))}
      />
      <Radios
        id={`${id}-progress`}
        name={`${id}-progress`}
        legend="How is it going?"
        optionsClassName="scale"
        optionClassName="scale-option"
        value={progress === null ? '' : String(progress)}
        onChange={(value) => setProgress(Number(value))}
        options={progressLevels.map((label, value) => ({ value: String(value), label }))}
      />
      <TextAreaField
        id={`${id}-note`}
        label="Note (optional)"
        rows={3}
        maxLength={LIMITS.checkInNote}
        value={note}
        onChange={setNote}
      />
      <p>
        <SubmitButton pendingLabel="Saving…">Save check-in</SubmitButton>
      </p>
    </Form>
  );
}
