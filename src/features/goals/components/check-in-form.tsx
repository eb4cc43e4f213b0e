import { useId, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
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
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');

  function chooseModule(next: number) {
    const current = goal.checkIns[String(next) as keyof Goal['checkIns']];
    setModuleNumber(next);
    setProgress(current?.progress ?? null);
    setNote(current?.note ?? '');
    setState('idle');
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (progress === null) {
      setState('error');
      return;
    }
    setState('saving');
    try {
      await onSave(moduleNumber, progress, note);
      setState('saved');
    } catch {
      setState('error');
    }
  }

  return (
    <form className="form check-in" onSubmit={handleSubmit} noValidate>
      {state === 'error' && (
        <Alert tone="error">
          {progress === null
            ? 'Choose how it is going before saving.'
            : 'We could not save your check-in. Check your connection and try again; your note is still here.'}
        </Alert>
      )}
      {state === 'saved' && <Alert tone="success">Check-in saved for module {moduleNumber}.</Alert>}
      <div className="field">
        <label htmlFor={`${id}-module`}>After module</label>
        <select
          id={`${id}-module`}
          value={moduleNumber}
          onChange={(e) => chooseModule(Number(e.target.value))}
        >
          {moduleNumbers.map((n) => (
            <option key={n} value={n}>
              Module {n}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field">
        <legend>How is it going?</legend>
        <div className="scale">
          {progressLevels.map((label, value) => (
            <label key={label} className="scale-option">
              <input
                type="radio"
                name={`${id}-progress`}
                value={value}
                checked={progress === value}
                onChange={() => setProgress(value)}
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note (optional)</label>
        <textarea
          id={`${id}-note`}
          rows={3}
          maxLength={LIMITS.checkInNote}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <p>
        <button type="submit" className="button" disabled={state === 'saving'}>
          {state === 'saving' ? 'Saving…' : 'Save check-in'}
        </button>
      </p>
    </form>
  );
}
