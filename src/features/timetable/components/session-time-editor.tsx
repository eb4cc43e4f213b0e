import { useState } from 'react';
import { Form, SubmitButton, TextField, invalid } from '@/components/form';
import type { WithId } from '@/lib/firestore/converters';
import type { Module, ModuleSession } from '@/lib/firestore/schemas';
import { changeEmailsPeople } from '@/lib/timetable-news';
import { useSaveModule } from '../api/save-module';
import { emailWarning, savedText, tellLabel, type ChangeChoice } from '../change-notice';

type SessionTimeEditorProps = {
  cohortId: string;
  module: WithId<Module>;
  index: number;
  /** Everyone a change email goes to, for "Save and tell 14 people". */
  tellCount: number;
  onSaved: (notice: string) => void;
  onCancel: () => void;
};

/** One session's times, changed where they are shown, saying first whether it will email anyone. */
export function SessionTimeEditor({
  cohortId,
  module,
  index,
  tellCount,
  onSaved,
  onCancel,
}: SessionTimeEditorProps) {
  const save = useSaveModule(cohortId);
  const session = module.sessions[index] as ModuleSession;
  const [start, setStart] = useState(session.start);
  const [end, setEnd] = useState(session.end);
  const base = `${module.id}-session-${index}`;
  const changed = {
    ...module,
    sessions: module.sessions.map((s, i) => (i === index ? { ...s, start, end } : s)),
  };
  const emails = changeEmailsPeople(module, changed);

  async function handleSubmit(button: string | null) {
    if (!/^\d{2}:\d{2}$/.test(start))
      return invalid({ [`${base}-start`]: 'Enter a start time, such as 09:30.' });
    if (!/^\d{2}:\d{2}$/.test(end))
      return invalid({ [`${base}-end`]: 'Enter an end time, such as 10:30.' });
    if (end <= start)
      return invalid({ [`${base}-end`]: 'The end time must be after the start time.' });
    const choice: ChangeChoice | null = emails ? (button === 'quiet' ? 'quiet' : 'tell') : null;
    const { id, revision, changedAt: _changedAt, quiet: _quiet, ...draft } = changed;
    await save.mutateAsync({
      moduleId: id,
      revision: revision + 1,
      quiet: choice === 'quiet',
      module: draft,
    });
    onSaved(savedText(module, changed, choice, tellCount));
    return undefined;
  }

  return (
    <Form
      className="form session-time"
      aria-label={`Change the time of ${session.title}`}
      failure="The time could not be saved. Check your connection and try again; your change is still here."
      onSubmit={handleSubmit}
    >
      <div className="session-time-fields">
        <TextField
          id={`${base}-start`}
          label="Starts"
          type="time"
          value={start}
          onChange={setStart}
        />
        <TextField id={`${base}-end`} label="Ends" type="time" value={end} onChange={setEnd} />
      </div>
      {emails && <p className="hint">{emailWarning(tellCount)}</p>}
      <p className="actions">
        {emails ? (
          <>
            <SubmitButton name="tell" pendingLabel="Saving…">
              {tellLabel(tellCount)}
            </SubmitButton>
            <SubmitButton name="quiet" pendingLabel="Saving…" className="button secondary">
              Save quietly
            </SubmitButton>
          </>
        ) : (
          <SubmitButton pendingLabel="Saving…">Save time</SubmitButton>
        )}
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </Form>
  );
}
