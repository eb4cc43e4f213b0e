import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { LIMITS } from '@/lib/firestore/schemas';
import type { AnnouncementDraft } from '../api/announcements';

export function AnnouncementForm({
  onPost,
}: {
  onPost: (announcement: AnnouncementDraft) => Promise<unknown>;
}) {
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [emailText, setEmailText] = useState(false);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!title.trim()) {
      setMessage({ tone: 'error', text: 'Give the announcement a title.' });
      return;
    }
    try {
      await onPost({ title, body, emailText });
      setTitle('');
      setBody('');
      setEmailText(false);
      setMessage({
        tone: 'success',
        text: 'Posted. Everyone in the cohort sees it now, and those who get announcement emails are emailed.',
      });
    } catch {
      setMessage({
        tone: 'error',
        text: 'The announcement could not be posted. Your text is still here; try again.',
      });
    }
  }

  return (
    <details className="card">
      <summary>Post an announcement</summary>
      <form className="form" onSubmit={handleSubmit} noValidate>
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <div className="field">
          <label htmlFor="announcement-title">Title</label>
          <input
            id="announcement-title"
            maxLength={LIMITS.title}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="announcement-body">Message (Markdown)</label>
          <textarea
            id="announcement-body"
            rows={5}
            maxLength={LIMITS.announcementBody}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={emailText}
              aria-describedby="announcement-email-hint"
              onChange={(e) => setEmailText(e.target.checked)}
            />
            Include the text in the email
          </label>
          <p id="announcement-email-hint" className="hint">
            Otherwise the email carries the title and a link, and the message stays in the portal.
          </p>
        </div>
        <p>
          <button type="submit" className="button">
            Post announcement
          </button>
        </p>
      </form>
    </details>
  );
}
