import { useNavigate } from 'react-router';
import { LIMITS } from '@/lib/firestore/schemas';
import { reflectionTemplate } from '@/lib/reflection-parts';
import { useEntryAutosave, type AutosaveOptions } from '../drafts/use-entry-autosave';
import { promptsFor } from '../module-prompts';
import { EditConflictPanel, ReplacedText } from './edit-conflict';
import { SaveStatus } from './save-status';
import { VisibilityPicker } from './visibility-picker';

export type ModuleOption = { id: string; number: number; title: string; themes: string[] };

type EntryEditorProps = AutosaveOptions & {
  modules: ModuleOption[];
  entryPath: string;
  journalPath: string;
};

export function EntryEditor({ modules, entryPath, journalPath, ...autosave }: EntryEditorProps) {
  const navigate = useNavigate();
  const { content, update, state, flush, theirs, keepMine, takeTheirs, replaced, dismissReplaced } =
    useEntryAutosave(autosave);
  const module = modules.find((m) => m.id === content.moduleId);
  const knownModule = content.moduleId === 'general' || module !== undefined;
  const remaining = LIMITS.journalBody - content.body.length;

  async function handleDone() {
    const result = await flush();
    if (result === 'conflict') return;
    navigate(result === 'saved' ? entryPath : journalPath);
  }

  function insert(text: string) {
    const separator = content.body.trim() ? '\n\n' : '';
    update({ body: `${content.body.trimEnd()}${separator}${text}` });
    document.getElementById('entry-body')?.focus();
  }

  return (
    <div className="editor-layout">
      <form className="form card editor" onSubmit={(event) => event.preventDefault()} noValidate>
        <SaveStatus state={state} />
        {theirs && (
          <EditConflictPanel
            theirs={theirs}
            onKeepMine={() => void keepMine()}
            onTakeTheirs={() => void takeTheirs()}
          />
        )}
        {replaced && <ReplacedText text={replaced} onDismiss={dismissReplaced} />}
        <div className="field">
          <label htmlFor="entry-module">Module</label>
          <select
            id="entry-module"
            value={content.moduleId}
            onChange={(e) => update({ moduleId: e.target.value })}
          >
            <option value="general">General reflection</option>
            {modules.map((m) => (
              <option key={m.id} value={m.id}>
                Module {m.number}: {m.title}
              </option>
            ))}
            {!knownModule && <option value={content.moduleId}>The module you chose</option>}
          </select>
        </div>
        <div className="field">
          <label htmlFor="entry-title">Title</label>
          <input
            id="entry-title"
            type="text"
            maxLength={LIMITS.title}
            value={content.title}
            onChange={(e) => update({ title: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="entry-body">Your reflection</label>
          <p className="hint" id="entry-body-hint">
            You can use Markdown: **bold**, *italic*, lists with “-”, headings with “###”.
          </p>
          <textarea
            id="entry-body"
            rows={14}
            aria-describedby="entry-body-hint entry-body-count"
            value={content.body}
            onChange={(e) => update({ body: e.target.value })}
          />
          <p id="entry-body-count" className={`hint${remaining < 0 ? ' over-limit' : ''}`}>
            {remaining >= 0
              ? `${content.body.length.toLocaleString('en-GB')} characters`
              : `${(-remaining).toLocaleString('en-GB')} ${remaining === -1 ? 'character' : 'characters'} over the ${LIMITS.journalBody.toLocaleString('en-GB')} limit – shorten it to save`}
          </p>
        </div>
        <VisibilityPicker
          value={content.visibility}
          onChange={(visibility) => update({ visibility })}
        />
        <p className="actions">
          <button type="button" className="button" onClick={handleDone}>
            Done
          </button>
        </p>
      </form>
      <aside className="card prompts" aria-labelledby="prompts-heading">
        <h2 id="prompts-heading">Prompts</h2>
        <p className="hint">
          Start from a question if it helps. Choosing one adds it to your entry.
        </p>
        <ul>
          {promptsFor(module).map((prompt) => (
            <li key={prompt}>
              <button
                type="button"
                className="link-button"
                onClick={() => insert(`### ${prompt}\n\n`)}
              >
                {prompt}
              </button>
            </li>
          ))}
        </ul>
        <h3>For your CPD record</h3>
        <p className="hint">
          Entries written under these three headings print in their parts in your learning record.
        </p>
        <button
          type="button"
          className="button secondary small"
          onClick={() => insert(reflectionTemplate)}
        >
          Add the headings: what happened, what I learned, what I will do differently
        </button>
      </aside>
    </div>
  );
}
