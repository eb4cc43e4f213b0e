import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
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

function problemWith(draft: PostDraft, tags: string[]): string | null {
  if (!draft.title.trim()) return 'Write your ask or offer in a line, as its title.';
  if (draft.title.trim().length > NETWORK_LIMITS.postTitle)
    return `Keep the title to ${NETWORK_LIMITS.postTitle} characters.`;
  if (draft.body.length > NETWORK_LIMITS.postBody)
    return `Keep the details to ${NETWORK_LIMITS.postBody} characters.`;
  if (tags.length > NETWORK_LIMITS.postTags)
    return `Use at most ${NETWORK_LIMITS.postTags} tags (you have ${tags.length}).`;
  return null;
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
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const tags = [
      ...new Set(
        tagText
          .split(',')
          .map((t) => t.trim().toLowerCase())
          .filter(Boolean),
      ),
    ];
    const problem = problemWith(draft, tags);
    if (problem) {
      setError(problem);
      return;
    }
    setPending(true);
    setError(null);
    try {
      await onSubmit({ ...draft, tags });
      if (!initial.title) {
        setDraft(empty);
        setTagText('');
      }
    } catch {
      setError('We could not post that. Your words are still here; try again in a moment.');
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      {error && <Alert tone="error">{error}</Alert>}
      <fieldset className="field-group">
        <legend>This is</legend>
        <div>
          {(Object.keys(networkPostKinds) as NetworkPostKind[]).map((kind) => (
            <label key={kind} className="checkbox">
              <input
                type="radio"
                name={`${idPrefix}-kind`}
                checked={draft.kind === kind}
                onChange={() => setDraft({ ...draft, kind })}
              />
              {kind === 'ask' ? 'An ask: I am looking for help' : 'An offer: I can help'}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${idPrefix}-title`}>In a line</label>
        <input
          id={`${idPrefix}-title`}
          maxLength={NETWORK_LIMITS.postTitle}
          value={draft.title}
          placeholder="Has anyone agreed a joint workforce plan with their council?"
          onChange={(e) => setDraft({ ...draft, title: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-body`}>More detail (optional)</label>
        <textarea
          id={`${idPrefix}-body`}
          rows={4}
          maxLength={NETWORK_LIMITS.postBody}
          value={draft.body}
          onChange={(e) => setDraft({ ...draft, body: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-tags`}>Tags, separated by commas (optional)</label>
        <input
          id={`${idPrefix}-tags`}
          value={tagText}
          onChange={(e) => setTagText(e.target.value)}
        />
      </div>
      <p className="actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Posting…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </p>
    </form>
  );
}
