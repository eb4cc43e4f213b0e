import { useState } from 'react';
import {
  Checkbox,
  Form,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  invalid,
  saved,
  useFormState,
  type FieldErrors,
} from '@/components/form';
import type { ModuleSession, OutlineModule } from '@/lib/firestore/schemas';

// The same limits as programmeSchema and the module rules hold.
const MAX_MODULES = 4;
const MAX_SESSIONS = 30;
const MAX_THEMES = 12;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

type DraftModule = { title: string; themes: string; sessions: ModuleSession[] };

const draftOf = (module: OutlineModule): DraftModule => ({
  title: module.title,
  themes: module.themes.join('\n'),
  sessions: module.sessions,
});

const emptySession = (): ModuleSession => ({ day: 1, start: '09:30', end: '10:30', title: '' });

const dayOptions = [
  { value: '1', label: 'Day 1' },
  { value: '2', label: 'Day 2' },
] as const;

const themesOf = (lines: string) =>
  lines
    .split('\n')
    .map((theme) => theme.trim())
    .filter(Boolean);

/** A session as stored: `kind` only on a break, `leader` only when someone is named. */
function storedSession({ kind, leader, ...session }: ModuleSession): ModuleSession {
  return {
    ...session,
    title: session.title.trim(),
    ...(leader?.trim() ? { leader: leader.trim() } : {}),
    ...(kind === 'break' ? { kind } : {}),
  };
}

function problemsWith(prefix: string, modules: DraftModule[]): FieldErrors {
  const errors: FieldErrors = {};
  modules.forEach((module, m) => {
    const number = m + 1;
    const at = `${prefix}-m${number}`;
    if (!module.title.trim()) errors[`${at}-title`] = `Give module ${number} a title.`;
    else if (module.title.trim().length > 160)
      errors[`${at}-title`] = `Keep module ${number}’s title to 160 characters or fewer.`;
    const themes = themesOf(module.themes);
    if (themes.length > MAX_THEMES)
      errors[`${at}-themes`] = `Give module ${number} at most ${MAX_THEMES} themes.`;
    else if (themes.some((theme) => theme.length > 200))
      errors[`${at}-themes`] = `Keep each of module ${number}’s themes to 200 characters or fewer.`;
    module.sessions.forEach((session, s) => {
      const which = `session ${s + 1} of module ${number}`;
      const id = `${at}-s${s + 1}`;
      if (!session.title.trim()) errors[`${id}-title`] = `Give ${which} a title.`;
      else if (session.title.trim().length > 160)
        errors[`${id}-title`] = `Keep the title of ${which} to 160 characters or fewer.`;
      if (!TIME.test(session.start))
        errors[`${id}-start`] = `Give the start time of ${which}, like 09:30.`;
      if (!TIME.test(session.end))
        errors[`${id}-end`] = `Give the end time of ${which}, like 10:30.`;
      else if (TIME.test(session.start) && session.end <= session.start)
        errors[`${id}-end`] = `The end of ${which} must be after its start.`;
    });
  });
  return errors;
}

/**
 * A programme's module outline: what a new cohort's timetable starts from. One module is open at
 * a time so the form stays short on a phone; a module with a problem opens so its error is reachable.
 */
export function ProgrammeOutlineForm({
  programmeId,
  programmeName,
  initial,
  onSave,
}: {
  programmeId: string;
  /** For the form's name: a page lists every programme, and each form's name must be its own. */
  programmeName: string;
  initial: OutlineModule[];
  onSave: (outline: OutlineModule[]) => Promise<unknown>;
}) {
  const prefix = `${programmeId}-outline`;
  const [modules, setModules] = useState(() => initial.map(draftOf));
  const [open, setOpen] = useState<number | null>(null);

  const changeModule = (m: number, changes: Partial<DraftModule>) =>
    setModules((current) =>
      current.map((module, i) => (i === m ? { ...module, ...changes } : module)),
    );
  const changeSession = (m: number, s: number, changes: Partial<ModuleSession>) =>
    setModules((current) =>
      current.map((module, i) =>
        i === m
          ? {
              ...module,
              sessions: module.sessions.map((session, j) =>
                j === s ? { ...session, ...changes } : session,
              ),
            }
          : module,
      ),
    );

  async function handleSubmit() {
    const errors = problemsWith(prefix, modules);
    if (Object.keys(errors).length > 0) return invalid(errors);
    const outline: OutlineModule[] = modules.map((module, m) => ({
      number: m + 1,
      title: module.title.trim(),
      themes: themesOf(module.themes),
      sessions: module.sessions.map(storedSession),
    }));
    await onSave(outline);
    setModules(outline.map(draftOf));
    return saved('Saved. New cohorts made from this outline start from it.');
  }

  return (
    <Form
      className="form card"
      onSubmit={handleSubmit}
      failure="The outline could not be saved. Nothing changed, and your changes are still here; try again."
      aria-labelledby={`${prefix}-heading`}
    >
      <h3 id={`${prefix}-heading`}>
        Module outline<span className="visually-hidden"> of {programmeName}</span>
      </h3>
      <p className="hint">
        The modules and usual sessions a new cohort starts from. Cohorts made already keep their own
        timetable.
      </p>
      {modules.length === 0 && <p className="hint">No modules yet.</p>}
      {modules.map((module, m) => {
        const number = m + 1;
        const at = `${prefix}-m${number}`;
        return (
          <ModuleDetails
            key={m}
            at={at}
            summary={`Module ${number}: ${module.title.trim() || 'no title yet'} (${module.sessions.length} sessions)`}
            open={open === m}
            onToggle={(isOpen) =>
              setOpen((current) => (isOpen ? m : current === m ? null : current))
            }
          >
            <TextField
              id={`${at}-title`}
              label={`Module ${number} title`}
              value={module.title}
              onChange={(title) => changeModule(m, { title })}
            />
            <TextAreaField
              id={`${at}-themes`}
              label="Themes, one per line"
              rows={3}
              value={module.themes}
              onChange={(themes) => changeModule(m, { themes })}
            />
            {module.sessions.length === 0 && <p className="hint">No sessions yet.</p>}
            {module.sessions.map((session, s) => {
              const id = `${at}-s${s + 1}`;
              return (
                <div key={s} className="session-row">
                  <TextField
                    id={`${id}-title`}
                    className="wide"
                    label={`Session ${s + 1} title`}
                    value={session.title}
                    onChange={(title) => changeSession(m, s, { title })}
                  />
                  <SelectField
                    id={`${id}-day`}
                    label="Day"
                    options={dayOptions}
                    value={String(session.day)}
                    onChange={(day) => changeSession(m, s, { day: day === '2' ? 2 : 1 })}
                  />
                  <TextField
                    id={`${id}-start`}
                    label="Starts"
                    type="time"
                    value={session.start}
                    onChange={(start) => changeSession(m, s, { start })}
                  />
                  <TextField
                    id={`${id}-end`}
                    label="Ends"
                    type="time"
                    value={session.end}
                    onChange={(end) => changeSession(m, s, { end })}
                  />
                  <Checkbox
                    id={`${id}-teaching`}
                    label="Teaching"
                    hint="Untick for arrival, coffee or lunch."
                    checked={session.kind !== 'break'}
                    onChange={(teaching) =>
                      changeSession(m, s, { kind: teaching ? undefined : 'break' })
                    }
                  />
                  <button
                    type="button"
                    className="link-button danger"
                    onClick={() =>
                      changeModule(m, { sessions: module.sessions.filter((_, j) => j !== s) })
                    }
                  >
                    Remove session {s + 1} of module {number}
                  </button>
                </div>
              );
            })}
            <p className="actions">
              {module.sessions.length < MAX_SESSIONS && (
                <button
                  type="button"
                  className="button secondary small"
                  onClick={() =>
                    changeModule(m, { sessions: [...module.sessions, emptySession()] })
                  }
                >
                  Add a session to module {number}
                </button>
              )}
              <button
                type="button"
                className="link-button danger"
                onClick={() => {
                  setModules((current) => current.filter((_, i) => i !== m));
                  setOpen(null);
                }}
              >
                Remove module {number}
              </button>
            </p>
          </ModuleDetails>
        );
      })}
      <p className="actions">
        {modules.length < MAX_MODULES && (
          <button
            type="button"
            className="button secondary small"
            onClick={() => {
              setOpen(modules.length);
              setModules((current) => [...current, { title: '', themes: '', sessions: [] }]);
            }}
          >
            Add a module
          </button>
        )}
        <SubmitButton pendingLabel="Saving…">Save outline</SubmitButton>
      </p>
    </Form>
  );
}

function ModuleDetails({
  at,
  summary,
  open,
  onToggle,
  children,
}: {
  at: string;
  summary: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  children: React.ReactNode;
}) {
  const { errors } = useFormState();
  const problem = Object.keys(errors).some((key) => key.startsWith(`${at}-`));
  return (
    <details
      className="field sessions"
      open={open || problem}
      onToggle={(event) => onToggle(event.currentTarget.open)}
    >
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
