import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { LIMITS } from '@/lib/firestore/schemas';

export function AnnouncementForm({
  onPost,
}: {
  onPost: (announcement: { title: string; body: string }) => Promise<unknown>;
}) {
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!title.trim()) {
      setMessage({ tone: 'error', text: 'Give the announcement a title.' });
      return;
    }
    try {
      await onPost({ title, body });
      setTitle('');
      setBody('');
      setMessage({ tone: 'success', text: 'Posted. Everyone in the cohort sees it now.' });
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
        <p>
          <button type="submit" className="button">
            Post announcement
          </button>
        </p>
      </form>
    </details>
  );
}
