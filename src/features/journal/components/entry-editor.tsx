import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { LIMITS } from '@/lib/firestore/schemas';
import {
  joinParts,
  partsAsText,
  partsOf,
  reflectionParts,
  type ReflectionParts,
} from '@/lib/reflection-parts';
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
  const {
    content,
    update,
    state,
    flush,
    theirs,
    keepMine,
    takeTheirs,
    replaced,
    dismissReplaced,
    discard,
  } = useEntryAutosave(autosave);
  const module = modules.find((m) => m.id === content.moduleId);
  const knownModule = content.moduleId === 'general' || module !== undefined;
  const remaining = LIMITS.journalBody - content.body.length;
  const [wantsParts, setWantsParts] = useState(() => partsOf(autosave.initial.body) !== null);
  // Shown in parts only while the text is made of them: taking another device's version can
  // bring back a single text, which is then edited whole.
  const parts: ReflectionParts | null = wantsParts
    ? (partsOf(content.body) ?? (content.body.trim() === '' ? emptyParts : null))
    : null;
  // The box a prompt goes into: the one last written in.
  const lastBox = useRef<Part>(reflectionParts[0]);

  async function handleDone() {
    const result = await flush();
    if (result === 'conflict') return;
    navigate(result === 'saved' ? entryPath : journalPath);
  }

  async function handleDiscard() {
    if (
      !window.confirm('Delete the text that was not saved from this device? This cannot be undone.')
    )
      return;
    await discard();
    navigate(autosave.saved ? entryPath : journalPath);
  }

  function writePart(part: Part, text: string) {
    if (parts) update({ body: joinParts({ ...parts, [part]: text }) });
  }

  function insert(prompt: string) {
    const add = (text: string) => `${text.trimEnd()}${text.trim() ? '\n\n' : ''}${prompt}\n\n`;
    if (parts) {
      const part = lastBox.current;
      writePart(part, add(parts[part]));
      document.getElementById(partId(part))?.focus();
    } else {
      update({ body: add(content.body) });
      document.getElementById('entry-body')?.focus();
    }
  }

  function chooseParts(inParts: boolean) {
    setWantsParts(inParts);
    if (inParts && !partsOf(content.body) && content.body.trim() !== '') {
      // What was written so far becomes the first part, word for word.
      update({ body: joinParts({ ...emptyParts, [reflectionParts[0]]: content.body }) });
    }
    if (!inParts && parts) update({ body: partsAsText(parts) });
  }

  return (
    <form className="form card editor" onSubmit={(event) => event.preventDefault()} noValidate>
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
      <section className="prompts" aria-labelledby="prompts-heading">
        <h2 id="prompts-heading">Questions to start from</h2>
        <p className="hint">Choosing one adds it to your reflection, ready for your answer.</p>
        <ul>
          {promptsFor(module).map((prompt) => (
            <li key={prompt}>
              <button type="button" className="link-button" onClick={() => insert(prompt)}>
                {prompt}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <fieldset className="field entry-shape">
        <legend>How do you want to write it?</legend>
        <div className="choice-radio">
          <input
            id="entry-shape-one"
            type="radio"
            name="entry-shape"
            checked={!parts}
            onChange={() => chooseParts(false)}
          />
          <label htmlFor="entry-shape-one">As one piece of writing</label>
        </div>
        <div className="choice-radio">
          <input
            id="entry-shape-parts"
            type="radio"
            name="entry-shape"
            checked={parts !== null}
            aria-describedby="entry-shape-parts-hint"
            onChange={() => chooseParts(true)}
          />
          <label htmlFor="entry-shape-parts">In three parts, for a CPD record</label>
          <p id="entry-shape-parts-hint" className="hint">
            What happened, what I learned and what I will do differently: your learning record
            prints each part under its heading.
          </p>
        </div>
      </fieldset>
      {parts ? (
        reflectionParts.map((part) => (
          <div className="field" key={part}>
            <label htmlFor={partId(part)}>{part}</label>
            <textarea
              id={partId(part)}
              rows={5}
              aria-describedby="entry-body-hint entry-body-count"
              value={parts[part]}
              onFocus={() => {
                lastBox.current = part;
              }}
              onChange={(e) => writePart(part, e.target.value)}
            />
          </div>
        ))
      ) : (
        <div className="field">
          <label htmlFor="entry-body">Your reflection</label>
          <textarea
            id="entry-body"
            rows={14}
            aria-describedby="entry-body-hint entry-body-count"
            value={content.body}
            onChange={(e) => update({ body: e.target.value })}
          />
        </div>
      )}
      <p className="hint" id="entry-body-hint">
        Write as you would in an email: a blank line starts a new paragraph.
      </p>
      <p id="entry-body-count" className={`hint${remaining < 0 ? ' over-limit' : ''}`}>
        {remaining >= 0
          ? `${content.body.length.toLocaleString('en-GB')} characters`
          : `${(-remaining).toLocaleString('en-GB')} ${remaining === -1 ? 'character' : 'characters'} over the ${LIMITS.journalBody.toLocaleString('en-GB')} limit – shorten it to save`}
      </p>
      {/* Right under the text, where the writer is looking, rather than at the top of the form. */}
      <SaveStatus state={state} />
      {state === 'refused' && (
        <p className="actions">
          <button type="button" className="button secondary small danger" onClick={handleDiscard}>
            Delete the unsaved text from this device
          </button>
        </p>
      )}
      {theirs && (
        <EditConflictPanel
          theirs={theirs}
          onKeepMine={() => void keepMine()}
          onTakeTheirs={() => void takeTheirs()}
        />
      )}
      {replaced && <ReplacedText text={replaced} onDismiss={dismissReplaced} />}
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
  );
}

type Part = (typeof reflectionParts)[number];

const emptyParts: ReflectionParts = {
  'What happened': '',
  'What I learned': '',
  'What I will do differently': '',
};

const partId = (part: Part) => `entry-part-${reflectionParts.indexOf(part) + 1}`;
