import { useId, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { addDaysIso } from '@/lib/dates';
import type { WithId } from '@/lib/firestore/converters';
import type { Module, ModuleSession } from '@/lib/firestore/schemas';
import { useSaveModule } from '../api/save-module';

type ModuleEditorProps = {
  cohortId: string;
  existing: WithId<Module> | null;
  number: number;
  onDone: () => void;
};

const emptySession = (): ModuleSession => ({
  day: 1,
  start: '09:30',
  end: '10:30',
  title: '',
  leader: '',
});

function problemsWith(title: string, firstDay: string, sessions: ModuleSession[]): string | null {
  if (!title.trim()) return 'Give the module a title.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(firstDay)) return 'Choose the date of the first day.';
  const broken = sessions.findIndex((s) => !s.title.trim() || s.start >= s.end);
  if (broken >= 0)
    return `Session ${broken + 1} needs a title and an end time after its start time.`;
  return null;
}

export function ModuleEditor({ cohortId, existing, number, onDone }: ModuleEditorProps) {
  const id = useId();
  const save = useSaveModule(cohortId);
  const [title, setTitle] = useState(existing?.title ?? '');
  const [themes, setThemes] = useState(existing?.themes.join('\n') ?? '');
  const [firstDay, setFirstDay] = useState(existing?.days[0] ?? '');
  const [venue, setVenue] = useState(existing?.venue ?? '');
  const [joiningDetails, setJoiningDetails] = useState(existing?.joiningDetails ?? '');
  const [sessions, setSessions] = useState<ModuleSession[]>(existing?.sessions ?? []);
  const [error, setError] = useState<string | null>(null);

  const updateSession = (index: number, changes: Partial<ModuleSession>) =>
    setSessions((current) => current.map((s, i) => (i === index ? { ...s, ...changes } : s)));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = problemsWith(title, firstDay, sessions);
    if (problem) {
      setError(problem);
      return;
    }
    try {
      await save.mutateAsync({
        moduleId: existing?.id ?? `module-${number}`,
        revision: existing ? existing.revision + 1 : 0,
        module: {
          number,
          title: title.trim(),
          themes: themes
            .split('\n')
            .map((t) => t.trim())
            .filter(Boolean),
          days: [firstDay, addDaysIso(firstDay, 1)],
          venue: venue.trim(),
          joiningDetails: joiningDetails.trim() || undefined,
          sessions: sessions.map(({ leader, ...session }) => ({
            ...session,
            title: session.title.trim(),
            ...(leader?.trim() ? { leader: leader.trim() } : {}),
          })),
        },
      });
      onDone();
    } catch {
      setError(
        'The module could not be saved. Check your connection and try again; your changes are still here.',
      );
    }
  }

  return (
    <form
      className="form card editor"
      onSubmit={handleSubmit}
      noValidate
      aria-label={`Edit module ${number}`}
    >
      <h2>{existing ? `Edit module ${number}` : `Add module ${number}`}</h2>
      {error && <Alert tone="error">{error}</Alert>}
      <div className="field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-day`}>First day (the second day follows it)</label>
        <input
          id={`${id}-day`}
          type="date"
          value={firstDay}
          onChange={(e) => setFirstDay(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-venue`}>Venue, or “Online”</label>
        <input id={`${id}-venue`} value={venue} onChange={(e) => setVenue(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-joining`}>Joining details (optional)</label>
        <input
          id={`${id}-joining`}
          value={joiningDetails}
          onChange={(e) => setJoiningDetails(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-themes`}>Themes, one per line</label>
        <textarea
          id={`${id}-themes`}
          rows={4}
          value={themes}
          onChange={(e) => setThemes(e.target.value)}
        />
      </div>
      <fieldset className="field">
        <legend>Sessions</legend>
        {sessions.length === 0 && <p className="hint">No sessions yet.</p>}
        {sessions.map((session, index) => (
          <div key={index} className="session-row">
            <label>
              Day
              <select
                value={session.day}
                onChange={(e) => updateSession(index, { day: e.target.value === '2' ? 2 : 1 })}
              >
                <option value={1}>Day 1</option>
                <option value={2}>Day 2</option>
              </select>
            </label>
            <label>
              Starts
              <input
                type="time"
                value={session.start}
                onChange={(e) => updateSession(index, { start: e.target.value })}
              />
            </label>
            <label>
              Ends
              <input
                type="time"
                value={session.end}
                onChange={(e) => updateSession(index, { end: e.target.value })}
              />
            </label>
            <label className="wide">
              Session {index + 1} title
              <input
                value={session.title}
                onChange={(e) => updateSession(index, { title: e.target.value })}
              />
            </label>
            <label className="wide">
              Led by
              <input
                value={session.leader ?? ''}
                onChange={(e) => updateSession(index, { leader: e.target.value })}
              />
            </label>
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
      </fieldset>
      <p className="actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save module'}
        </button>
        <button type="button" className="button secondary" onClick={onDone}>
          Cancel
        </button>
      </p>
    </form>
  );
}
