import { useState } from 'react';
import { Form, invalid, saved, SubmitButton } from '@/components/form';
import type { OwnProfile } from '../api/account';
import { PersonDetailsFields, personDetailsProblems } from '@/components/person-details';

type ProfileFormProps = {
  profile: OwnProfile;
  onSave: (profile: OwnProfile) => Promise<void>;
};

/** Name, job title and organisation: what the people in one's cohorts see. */
export function ProfileForm({ profile, onSave }: ProfileFormProps) {
  const [draft, setDraft] = useState(profile);
  return (
    <Form
      aria-labelledby="profile-heading"
      failure="Your details could not be saved. They are still here; check your connection and try again."
      onSubmit={async () => {
        const errors = personDetailsProblems(draft, { idPrefix: 'account-', required: false });
        if (Object.keys(errors).length > 0) return invalid(errors);
        await onSave(draft);
        return saved('Saved. Your cohort will see the change within a minute.');
      }}
    >
      <PersonDetailsFields
        idPrefix="account-"
        details={draft}
        onChange={(field, value) => setDraft((current) => ({ ...current, [field]: value }))}
      />
      <SubmitButton pendingLabel="Saving…">Save your details</SubmitButton>
    </Form>
  );
}
