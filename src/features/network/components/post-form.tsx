import { useState } from 'react';
import {
  Form,
  Radios,
  SubmitButton,
  TextAreaField,
  TextField,
  invalid,
  type FieldErrors,
} from '@/components/form';
import {
  NETWORK_LIMITS,
  networkPostKinds,
  type NetworkPostKind,
} from '@/lib/firestore/network-vocabulary';
import type { PostDraft } from '../api/noticeboard';

type PostFormProps = {
  idPrefix: string;
  initial?: PostDraft;
  submitLabel: string;
  onSubmit: (draft: PostDraft) => Promise<unknown>;
  onCancel?: () => void;
};

const empty: PostDraft = { kind: 'ask', title: '', body: '', tags: [] };

function problemsWith(draft: PostDraft, tags: string[], idPrefix: string): FieldErrors {
  const problems: FieldErrors = {};
  if (!draft.title.trim())
    problems[`${idPrefix}-title`] = 'Write your ask or offer in a line, as its title.';
  else if (draft.title.trim().length > NETWORK_LIMITS.postTitle)
    problems[`${idPrefix}-title`] = `Keep the title to ${NETWORK_LIMITS.postTitle} characters.`;
  if (draft.body.length > NETWORK_LIMITS.postBody)
    problems[`${idPrefix}-body`] = `Keep the details to ${NETWORK_LIMITS.postBody} characters.`;
  if (tags.length > NETWORK_LIMITS.postTags)
    problems[`${idPrefix}-tags`] =
      `Use at most ${NETWORK_LIMITS.postTags} tags (you have ${tags.length}).`;
  return problems;
}

/** An ask or an offer: a line, some detail, a few tags. Failing to save keeps every word. */
export function PostForm({
  idPrefix,
  initial = empty,
  submitLabel,
  onSubmit,
  onCancel,
}: PostFormProps) {
  const [draft, setDraft] = useState(initial);
  const [tagText, setTagText] = useState(initial.tags.join(', '));

  async function handleSubmit() {
    const tags = [
      ...new Set(
        tagText
          .split(',')
          .map((t) => t.trim().toLowerCase())
          .filter(Boolean),
      ),
    ];
    const problems = problemsWith(draft, tags, idPrefix);
    if (Object.keys(problems).length > 0) return invalid(problems);
    await onSubmit({ ...draft, tags });
    if (!initial.title) {
      setDraft(empty);
      setTagText('');
    }
    // Both callers move on once it is saved (to the new post, or out of editing), which says it.
    return undefined;
  }

  return (
    <Form
      onSubmit={handleSubmit}
      failure="We could not post that. Your words are still here; try again in a moment."
    >
      <Radios
        id={`${idPrefix}-kind`}
        name={`${idPrefix}-kind`}
        className="field-group"
        legend="This is"
        value={draft.kind}
        onChange={(kind) => setDraft({ ...draft, kind: kind as NetworkPostKind })}
        options={(Object.keys(networkPostKinds) as NetworkPostKind[]).map((kind) => ({
          value: kind,
          label: kind === 'ask' ? 'An ask: I am looking for help' : 'An offer: I can help',
        }))}
      />
      <TextField
        id={`${idPrefix}-title`}
        label="In a line"
        maxLength={NETWORK_LIMITS.postTitle}
        value={draft.title}
        placeholder="Has anyone agreed a joint workforce plan with their council?"
        onChange={(title) => setDraft({ ...draft, title })}
      />
      <TextAreaField
        id={`${idPrefix}-body`}
        label="More detail (optional)"
        rows={4}
        maxLength={NETWORK_LIMITS.postBody}
        value={draft.body}
        onChange={(body) => setDraft({ ...draft, body })}
      />
      <TextField
        id={`${idPrefix}-tags`}
        label="Tags, separated by commas (optional)"
        value={tagText}
        onChange={setTagText}
      />
      <p className="actions">
        <SubmitButton pendingLabel="Posting…">{submitLabel}</SubmitButton>
        {onCancel && (
          <button type="button" className="button secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </p>
    </Form>
  );
}
