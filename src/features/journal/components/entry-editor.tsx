import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  Form,
  Radios,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '@/components/form';
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
    // The conflict panel under the text asks which version to keep.
    if (result !== 'conflict') navigate(result === 'saved' ? entryPath : journalPath);
    return undefined;
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
    <Form
      className="form card editor"
      onSubmit={handleDone}
      failure="Your text is kept on this device; try Done again in a moment."
    >
      <SelectField
        id="entry-module"
        label="Module"
        value={content.moduleId}
        onChange={(moduleId) => update({ moduleId })}
        options={[
          { value: 'general', label: 'General reflection' },
          ...modules.map((m) => ({ value: m.id, label: `Module ${m.number}: ${m.title}` })),
          ...(knownModule ? [] : [{ value: content.moduleId, label: 'The module you chose' }]),
        ]}
      />
      <TextField
        id="entry-title"
        label="Title"
        type="text"
        maxLength={LIMITS.title}
        value={content.title}
        onChange={(title) => update({ title })}
        onKeyDown={(event) => {
          // Enter after a title moves on to the writing, rather than submitting it as Done.
          if (event.key !== 'Enter') return;
          event.preventDefault();
          document.getElementById(parts ? partId(reflectionParts[0]) : 'entry-body')?.focus();
        }}
      />
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
      <Radios
        id="entry-shape"
        name="entry-shape"
        legend="How do you want to write it?"
        className="entry-shape"
        value={parts ? 'parts' : 'one'}
        options={[
          { value: 'one', label: 'As one piece of writing' },
          {
            value: 'parts',
            label: 'In three parts, for a CPD record',
            hint: 'Three boxes, one for each part a portfolio asks for; your learning record prints each under its own heading.',
          },
        ]}
        onChange={(shape) => chooseParts(shape === 'parts')}
      />
      {parts ? (
        reflectionParts.map((part) => (
          <TextAreaField
            key={part}
            id={partId(part)}
            label={part}
            rows={5}
            describedBy="entry-body-hint entry-body-count"
            value={parts[part]}
            onFocus={() => {
              lastBox.current = part;
            }}
            onChange={(text) => writePart(part, text)}
          />
        ))
      ) : (
        <TextAreaField
          id="entry-body"
          label="Your reflection"
          rows={14}
          describedBy="entry-body-hint entry-body-count"
          value={content.body}
          onChange={(body) => update({ body })}
        />
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
        <SubmitButton pendingLabel="Saving…">Done</SubmitButton>
      </p>
    </Form>
  );
}

type Part = (typeof reflectionParts)[number];

const emptyParts: ReflectionParts = {
  'What happened': '',
  'What I learned': '',
  'What I will do differently': '',
};

const partId = (part: Part) => `entry-part-${reflectionParts.indexOf(part) + 1}`;
