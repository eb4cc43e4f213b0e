import { TextField, type FieldErrors } from '@/components/form';

// Name, job title and organisation: what a cohort sees of a person, asked at sign-up and changed
// on the account page. The limits are the rules' (firestore.rules, users and memberships).

export type PersonDetails = { displayName: string; jobTitle: string; organisation: string };

const fieldIds = (prefix: string) => ({
  displayName: `${prefix}name`,
  jobTitle: `${prefix}job-title`,
  organisation: `${prefix}organisation`,
});

/**
 * What is wrong with the details, by field id. At sign-up all three are asked for; later a job
 * title or organisation may be cleared.
 */
export function personDetailsProblems(
  details: PersonDetails,
  { idPrefix = '', required }: { idPrefix?: string; required: boolean },
): FieldErrors {
  const ids = fieldIds(idPrefix);
  const errors: FieldErrors = {};
  const name = details.displayName.trim();
  if (!name) errors[ids.displayName] = 'Enter your name.';
  else if (name.length > 120) errors[ids.displayName] = 'Shorten your name to 120 characters.';
  const jobTitle = details.jobTitle.trim();
  if (required && !jobTitle) errors[ids.jobTitle] = 'Enter your job title.';
  else if (jobTitle.length > 160)
    errors[ids.jobTitle] = 'Shorten your job title to 160 characters.';
  const organisation = details.organisation.trim();
  if (required && !organisation) errors[ids.organisation] = 'Enter the organisation you work for.';
  else if (organisation.length > 160)
    errors[ids.organisation] = 'Shorten the organisation to 160 characters.';
  return errors;
}

export function PersonDetailsFields({
  idPrefix = '',
  details,
  onChange,
}: {
  idPrefix?: string;
  details: PersonDetails;
  onChange: (field: keyof PersonDetails, value: string) => void;
}) {
  const ids = fieldIds(idPrefix);
  return (
    <>
      <TextField
        id={ids.displayName}
        label="Your name"
        hint="Shown on what you write and in your cohort’s people list, for example Dr Priya Shah."
        autoComplete="name"
        value={details.displayName}
        onChange={(value) => onChange('displayName', value)}
      />
      <TextField
        id={ids.jobTitle}
        label="Job title"
        autoComplete="organization-title"
        value={details.jobTitle}
        onChange={(value) => onChange('jobTitle', value)}
      />
      <TextField
        id={ids.organisation}
        label="Organisation"
        hint="For example, the trust, council or charity you work for."
        autoComplete="organization"
        value={details.organisation}
        onChange={(value) => onChange('organisation', value)}
      />
    </>
  );
}
