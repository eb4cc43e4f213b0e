import { useState } from 'react';
import {
  Checkbox,
  Form,
  SubmitButton,
  TextAreaField,
  TextField,
  invalid,
  saved,
} from '@/components/form';
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

  async function handleSubmit() {
    if (!title.trim()) return invalid({ 'announcement-title': 'Give the announcement a title.' });
    await onPost({ title, body, emailText });
    setTitle('');
    setBody('');
    setEmailText(false);
    return saved(
      'Posted. Everyone in the cohort sees it now, and those who get announcement emails are emailed.',
    );
  }

  return (
    <details className="card">
      <summary>Post an announcement</summary>
      <Form
        onSubmit={handleSubmit}
        failure="The announcement could not be posted. Your text is still here; try again."
      >
        <TextField
          id="announcement-title"
          label="Title"
          maxLength={LIMITS.title}
          value={title}
          onChange={setTitle}
        />
        <TextAreaField
          id="announcement-body"
          label="Message (Markdown)"
          rows={5}
          maxLength={LIMITS.announcementBody}
          value={body}
          onChange={setBody}
        />
        <Checkbox
          id="announcement-email"
          label="Include the text in the email"
          hint="Otherwise the email carries the title and a link, and the message stays in the portal."
          checked={emailText}
          onChange={setEmailText}
        />
        <p>
          <SubmitButton pendingLabel="Posting…">Post announcement</SubmitButton>
        </p>
      </Form>
    </details>
  );
}
