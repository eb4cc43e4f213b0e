import { useState } from 'react';
import { Form, invalid, saved, SubmitButton, TextField, type FieldErrors } from '@/components/form';
import type { OwnProfile } from '../api/account';

type ProfileFormProps = {
  profile: OwnProfile;
  onSave: (profile: OwnProfile) => Promise<void>;
};

function problems(profile: OwnProfile): FieldErrors {
  const errors: FieldErrors = {};
  const name = profile.displayName.trim();
  if (!name) errors['account-name'] = 'Enter your name.';
  else if (name.length > 120) errors['account-name'] = 'Shorten your name to 120 characters.';
  if (profile.jobTitle.trim().length > 160)
    errors['account-job-title'] = 'Shorten your job title to 160 characters.';
  if (profile.organisation.trim().length > 160)
    errors['account-organisation'] = 'Shorten the organisation to 160 characters.';
  return errors;
}

/** Name, job title and organisation: what the people in one's cohorts see. */
export function ProfileForm({ profile, onSave }: ProfileFormProps) {
  const [draft, setDraft] = useState(profile);
  const set = (field: keyof OwnProfile) => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));
  return (
    <Form
      aria-labelledby="profile-heading"
      failure="Your details could not be saved. They are still here; check your connection and try again."
      onSubmit={async () => {
        const errors = problems(draft);
        if (Object.keys(errors).length > 0) return invalid(errors);
        await onSave(draft);
        return saved('Saved. Your cohort will see the change within a minute.');
      }}
    >
      <TextField
        id="account-name"
        label="Your name"
        hint="Shown on what you write and in your cohort’s people list."
        autoComplete="name"
        value={draft.displayName}
        onChange={set('displayName')}
      />
      <TextField
        id="account-job-title"
        label="Job title"
        autoComplete="organization-title"
        value={draft.jobTitle}
        onChange={set('jobTitle')}
      />
      <TextField
        id="account-organisation"
        label="Organisation"
        autoComplete="organization"
        value={draft.organisation}
        onChange={set('organisation')}
      />
      <SubmitButton pendingLabel="Saving…">Save your details</SubmitButton>
    </Form>
  );
}
