import { useState } from 'react';
import {
  Form,
  SubmitButton,
  TextAreaField,
  TextField,
  invalid,
  saved,
  type FieldErrors,
} from '@/components/form';
import type { ProgrammeDetails } from '../api/programmes';

const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

/** One programme's name, description and people, as every screen and email of its cohorts shows them. */
export function ProgrammeDetailsForm({
  programmeId,
  initial,
  onSave,
}: {
  programmeId: string;
  initial: ProgrammeDetails;
  onSave: (details: ProgrammeDetails) => Promise<unknown>;
}) {
  const [details, setDetails] = useState(initial);
  const field = (key: keyof ProgrammeDetails) => `${programmeId}-${key}`;
  const change = (key: keyof ProgrammeDetails) => (value: string) =>
    setDetails((current) => ({ ...current, [key]: value }));

  async function handleSubmit() {
    const trimmed: ProgrammeDetails = {
      name: details.name.trim(),
      description: details.description.trim(),
      contactName: details.contactName.trim(),
      contactEmail: details.contactEmail.trim(),
      directorName: details.directorName.trim(),
    };
    const problems: FieldErrors = {};
    if (!trimmed.name) problems[field('name')] = 'Give the programme a name.';
    else if (trimmed.name.length > 120)
      problems[field('name')] = 'Keep the name to 120 characters or fewer.';
    if (trimmed.description.length > 500)
      problems[field('description')] = 'Keep the description to 500 characters or fewer.';
    if (!trimmed.contactName) problems[field('contactName')] = 'Give the name of the contact.';
    if (!looksLikeEmail(trimmed.contactEmail))
      problems[field('contactEmail')] = 'Give the contact’s email address, like name@example.org.';
    if (!trimmed.directorName)
      problems[field('directorName')] = 'Give the name of the programme director.';
    if (Object.keys(problems).length > 0) return invalid(problems);
    await onSave(trimmed);
    setDetails(trimmed);
    return saved(`Saved. Every cohort of “${trimmed.name}” shows it from now on.`);
  }

  return (
    <Form
      className="form card"
      onSubmit={handleSubmit}
      failure="The programme could not be saved. Nothing changed; try again."
      aria-labelledby={`${programmeId}-heading`}
    >
      <h2 id={`${programmeId}-heading`}>{initial.name}</h2>
      <TextField
        id={field('name')}
        label="Name"
        hint="Shown in the header of every page and in every email, so keep it short."
        value={details.name}
        onChange={change('name')}
      />
      <TextAreaField
        id={field('description')}
        label="Short description"
        hint="Shown at the foot of every page and on the learning record."
        rows={3}
        value={details.description}
        onChange={change('description')}
      />
      <div className="field-row">
        <TextField
          id={field('contactName')}
          label="Contact’s name"
          value={details.contactName}
          onChange={change('contactName')}
        />
        <TextField
          id={field('contactEmail')}
          label="Contact’s email address"
          type="email"
          value={details.contactEmail}
          onChange={change('contactEmail')}
        />
      </div>
      <TextField
        id={field('directorName')}
        label="Programme director"
        value={details.directorName}
        onChange={change('directorName')}
      />
      <p>
        <SubmitButton pendingLabel="Saving…">Save programme</SubmitButton>
      </p>
    </Form>
  );
}
