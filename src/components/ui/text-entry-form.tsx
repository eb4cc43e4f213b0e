import { useState, type ReactNode } from 'react';
import { Form, SubmitButton, TextAreaField, invalid, saved } from '@/components/form';

type TextEntryFormProps = {
  id: string;
  label: string;
  submitLabel: string;
  pendingLabel?: string;
  maxLength: number;
  emptyMessage: string;
  failureMessage: string;
  successMessage?: string;
  heading?: ReactNode;
  className?: string;
  onSubmit: (text: string) => Promise<unknown>;
};

/**
 * One text area and a button: says plainly what is missing or what went wrong, keeps the text when
 * saving fails, and clears it once saved.
 */
export function TextEntryForm({
  id,
  label,
  submitLabel,
  pendingLabel = submitLabel,
  maxLength,
  emptyMessage,
  failureMessage,
  successMessage,
  heading,
  className = 'form',
  onSubmit,
}: TextEntryFormProps) {
  const [text, setText] = useState('');

  async function handleSubmit() {
    if (!text.trim()) return invalid({ [id]: emptyMessage });
    await onSubmit(text);
    setText('');
    return successMessage ? saved(successMessage) : undefined;
  }

  return (
    <Form className={className} onSubmit={handleSubmit} failure={failureMessage}>
      {heading}
      <TextAreaField
        id={id}
        label={label}
        rows={3}
        maxLength={maxLength}
        value={text}
        onChange={setText}
      />
      <p>
        <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
      </p>
    </Form>
  );
}
