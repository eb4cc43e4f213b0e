import { useId, useState, type ReactNode } from 'react';
import {
  Form,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  invalid,
  useFormState,
  type FieldErrors,
} from '@/components/form';
import { addDaysIso } from '@/lib/dates';
import type { WithId } from '@/lib/firestore/converters';
import type { Module, ModuleSession } from '@/lib/firestore/schemas';
import { changeEmailsPeople } from '@/lib/timetable-news';
import { useSaveModule, type ModuleDraft } from '../api/save-module';
import { emailWarning, savedText, tellLabel, type ChangeChoice } from '../change-notice';

type ModuleEditorProps = {
  cohortId: string;
  existing: WithId<Module> | null;
  number: number;
  /** Everyone a change email goes to, for "Save and tell 14 people". */
  tellCount: number;
  /** Called with what the save did, or with nothing when cancelled. */
  onDone: (notice?: string) => void;
};

const emptySession = (): ModuleSession => ({
  day: 1,
  start: '09:30',
  end: '10:30',
  title: '',
  leader: '',
});

const dayOptions = [
  { value: '1', label: 'Day 1' },
  { value: '2', label: 'Day 2' },
] as const;

function problemsWith(id: string, draft: ModuleDraft): FieldErrors {
  const errors: FieldErrors = {};
  if (!draft.title) errors[`${id}-title`] = 'Give the module a title.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.days[0]))
    errors[`${id}-day`] = 'Choose the date of the first day.';
  draft.sessions.forEach((session, index) => {
    if (!session.title)
      errors[`${id}-session-${index}-title`] = `Give session ${index + 1} a title.`;
    if (session.start >= session.end)
      errors[`${id}-session-${index}-end`] =
        `Session ${index + 1} needs an end time after its start time.`;
  });
  return errors;
}

export function ModuleEditor({ cohortId, existing, number, tellCount, onDone }: ModuleEditorProps) {
  const id = useId();
  const save = useSaveModule(cohortId);
  const [title, setTitle] = useState(existing?.title ?? '');
  const [themes, setThemes] = useState(existing?.themes.join('\n') ?? '');
  const [firstDay, setFirstDay] = useState(existing?.days[0] ?? '');
  const [venue, setVenue] = useState(existing?.venue ?? '');
  const [joiningDetails, setJoiningDetails] = useState(existing?.joiningDetails ?? '');
  const [sessions, setSessions] = useState<ModuleSession[]>(existing?.sessions ?? []);

  const draft: ModuleDraft = {
    number,
    title: title.trim(),
    themes: themes
      .split('\n')
      .map((t) => t.trim())
      .filter(Boolean),
    days: [firstDay, firstDay ? addDaysIso(firstDay, 1) : ''],
    venue: venue.trim(),
    joiningDetails: joiningDetails.trim() || undefined,
    sessions: sessions.map(({ leader, ...session }) => ({
      ...session,
      title: session.title.trim(),
      ...(leader?.trim() ? { leader: leader.trim() } : {}),
    })),
  };
  const emails = existing !== null && firstDay !== '' && changeEmailsPeople(existing, draft);

  const updateSession = (index: number, changes: Partial<ModuleSession>) =>
    setSessions((current) => current.map((s, i) => (i === index ? { ...s, ...changes } : s)));

  async function handleSubmit(button: string | null) {
    const errors = problemsWith(id, draft);
    if (Object.keys(errors).length > 0) return invalid(errors);
    const choice: ChangeChoice | null = emails ? (button === 'quiet' ? 'quiet' : 'tell') : null;
    await save.mutateAsync({
      moduleId: existing?.id ?? `module-${number}`,
      revision: existing ? existing.revision + 1 : 0,
      quiet: choice === 'quiet',
      module: draft,
    });
    onDone(savedText(existing, draft, choice, tellCount));
    return undefined;
  }

  return (
    <Form
      className="form card editor"
      onSubmit={handleSubmit}
      aria-label={`Edit module ${number}`}
      failure="The module could not be saved. Check your connection and try again; your changes are still here."
    >
      <h2>{existing ? `Edit module ${number}` : `Add module ${number}`}</h2>
      <TextField id={`${id}-title`} label="Title" value={title} onChange={setTitle} />
      <TextField
        id={`${id}-day`}
        label="First day (the second day follows it)"
        type="date"
        value={firstDay}
        onChange={setFirstDay}
      />
      <TextField id={`${id}-venue`} label="Venue, or “Online”" value={venue} onChange={setVenue} />
      <TextField
        id={`${id}-joining`}
        label="Joining details (optional)"
        value={joiningDetails}
        onChange={setJoiningDetails}
      />
      <TextAreaField
        id={`${id}-themes`}
        label="Themes, one per line"
        rows={4}
        value={themes}
        onChange={setThemes}
      />
      <Sessions id={id} folded={existing !== null} count={sessions.length}>
        {sessions.length === 0 && <p className="hint">No sessions yet.</p>}
        {sessions.map((session, index) => (
          <div key={index} className="session-row">
            <SelectField
              id={`${id}-session-${index}-day`}
              label="Day"
              options={dayOptions}
              value={String(session.day)}
              onChange={(value) => updateSession(index, { day: value === '2' ? 2 : 1 })}
            />
            <TextField
              id={`${id}-session-${index}-start`}
              label="Starts"
              type="time"
              value={session.start}
              onChange={(start) => updateSession(index, { start })}
            />
            <TextField
              id={`${id}-session-${index}-end`}
              label="Ends"
              type="time"
              value={session.end}
              onChange={(end) => updateSession(index, { end })}
            />
            <TextField
              id={`${id}-session-${index}-title`}
              className="wide"
              label={`Session ${index + 1} title`}
              value={session.title}
              onChange={(value) => updateSession(index, { title: value })}
            />
            <TextField
              id={`${id}-session-${index}-leader`}
              className="wide"
              label="Led by"
              value={session.leader ?? ''}
              onChange={(leader) => updateSession(index, { leader })}
            />
            <button
              type="button"
              className="link-button danger"
              onClick={() => setSessions((current) => current.filter((_, i) => i !== index))}
            >
              Remove session {index + 1}
            </button>
          </div>
        ))}
        <p>
          <button
            type="button"
            className="button secondary small"
            onClick={() => setSessions((c) => [...c, emptySession()])}
          >
            Add a session
          </button>
        </p>
      </Sessions>
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
          <SubmitButton pendingLabel="Saving…">Save module</SubmitButton>
        )}
        <button type="button" className="button secondary" onClick={() => onDone()}>
          Cancel
        </button>
      </p>
    </Form>
  );
}

type SessionsProps = { id: string; folded: boolean; count: number; children: ReactNode };

/**
 * A module's sessions are folded away when it is edited, since one session's time is changed on
 * the timetable itself; they open when one of them has a problem, so its error can be reached.
 */
function Sessions({ id, folded, count, children }: SessionsProps) {
  const { errors } = useFormState();
  const [open, setOpen] = useState(!folded);
  const sessionProblem = Object.keys(errors).some((key) => key.startsWith(`${id}-session-`));
  return (
    <details
      className="field sessions"
      open={open || sessionProblem}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        Sessions ({count})
        {folded && (
          <span className="hint"> · times can also be changed one at a time on the timetable</span>
        )}
      </summary>
      {children}
    </details>
  );
}
