import { useState } from 'react';
import {
  Checkboxes,
  Form,
  SelectField,
  SubmitButton,
  TextField,
  invalid,
  saved,
  type FieldErrors,
} from '@/components/form';
import {
  NETWORK_LIMITS,
  networkOpenTo,
  networkRegions,
  networkSectors,
  networkThemeTags,
  type NetworkOpenTo,
} from '@/lib/firestore/network-vocabulary';
import type { ProfileChoices } from '../api/network-profile';

type ProfileFormProps = {
  initial: ProfileChoices;
  /** The cohorts this person belongs to: the only ones a profile may name. */
  myCohorts: { id: string; name: string }[];
  submitLabel: string;
  onSave: (choices: ProfileChoices) => Promise<unknown>;
};

const themeTags: readonly string[] = networkThemeTags.map((tag) => tag.toLowerCase());
const splitTags = (text: string) =>
  text
    .split(',')
    .map((tag) => tag.trim().toLowerCase())
    .filter(Boolean);

/** What is wrong with the choices, in plain words, by field; empty when they can be saved. */
function problemsWith(choices: ProfileChoices): FieldErrors {
  const problems: FieldErrors = {};
  if (!choices.displayName.trim())
    problems['network-name'] =
      'Your account has no name yet: ask the programme team to add one, then join.';
  if (!choices.sector) problems['network-sector'] = 'Choose the sector you work in.';
  if (!choices.region)
    problems['network-region'] = 'Choose your region, or “Other, or outside England”.';
  if (choices.tags.length > NETWORK_LIMITS.tags)
    problems['network-own-tags'] =
      `Choose at most ${NETWORK_LIMITS.tags} things you are working on (you have ${choices.tags.length}).`;
  else if (choices.tags.some((tag) => tag.includes('|')))
    problems['network-own-tags'] = 'Leave the | character out of what you are working on.';
  else if (choices.tags.some((tag) => tag.length > NETWORK_LIMITS.tag))
    problems['network-own-tags'] =
      `Keep each thing you are working on under ${NETWORK_LIMITS.tag} characters.`;
  const email = choices.contactEmail.trim();
  if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
    problems['network-email'] =
      'The contact email does not look like an email address; check it, or leave it empty.';
  if (choices.cohorts.length === 0)
    problems['network-cohorts'] = 'Tick at least one of your cohorts.';
  return problems;
}

export function ProfileForm({ initial, myCohorts, submitLabel, onSave }: ProfileFormProps) {
  const [choices, setChoices] = useState(initial);
  const [ownTags, setOwnTags] = useState(
    initial.tags.filter((tag) => !themeTags.includes(tag)).join(', '),
  );
  const set = <K extends keyof ProfileChoices>(key: K, value: ProfileChoices[K]) =>
    setChoices((current) => ({ ...current, [key]: value }));
  const ownTagList = choices.tags.filter((tag) => !themeTags.includes(tag));

  async function handleSubmit() {
    const chosenThemes = choices.tags.filter((tag) => themeTags.includes(tag));
    const complete = { ...choices, tags: [...new Set([...chosenThemes, ...splitTags(ownTags)])] };
    const problems = problemsWith(complete);
    if (Object.keys(problems).length > 0) return invalid(problems);
    await onSave(complete);
    return saved('Your network profile is saved.');
  }

  return (
    <Form
      onSubmit={handleSubmit}
      failure="We could not save your profile. Nothing you entered is lost; try again in a moment."
    >
      <TextField
        id="network-name"
        label="Name"
        autoComplete="name"
        readOnly
        hint="The name on your account, which your cohorts see too."
        value={choices.displayName}
      />
      <TextField
        id="network-organisation"
        label="Organisation"
        autoComplete="organization"
        maxLength={160}
        value={choices.organisation}
        onChange={(value) => set('organisation', value)}
      />
      <TextField
        id="network-job-title"
        label="Job title"
        autoComplete="organization-title"
        maxLength={160}
        value={choices.jobTitle}
        onChange={(value) => set('jobTitle', value)}
      />
      <SelectField
        id="network-sector"
        label="Sector"
        value={choices.sector}
        onChange={(value) => set('sector', value)}
        options={[{ value: '', label: 'Choose a sector' }, ...networkSectors.map(asOption)]}
      />
      <SelectField
        id="network-region"
        label="Region (integrated care system)"
        value={choices.region}
        onChange={(value) => set('region', value)}
        options={[{ value: '', label: 'Choose a region' }, ...networkRegions.map(asOption)]}
      />
      <Checkboxes
        id="network-themes"
        className="field-group"
        legend="What you are working on"
        values={choices.tags}
        options={networkThemeTags.map((tag) => ({ value: tag.toLowerCase(), label: tag }))}
        onChange={(themes) => set('tags', [...themes, ...ownTagList])}
      >
        <TextField
          id="network-own-tags"
          label="Anything else, separated by commas"
          value={ownTags}
          placeholder="for example: housing, digital inclusion"
          onChange={setOwnTags}
        />
      </Checkboxes>
      <Checkboxes
        id="network-open-to"
        className="field-group"
        legend="Open to"
        values={choices.openTo}
        options={(Object.entries(networkOpenTo) as [NetworkOpenTo, string][]).map(
          ([value, label]) => ({ value, label }),
        )}
        onChange={(values) => set('openTo', values as NetworkOpenTo[])}
      />
      <TextField
        id="network-email"
        label="Contact email to show (optional)"
        type="email"
        autoComplete="email"
        maxLength={254}
        hint="Only network members see it. Leave it empty and nobody sees an address."
        value={choices.contactEmail}
        onChange={(value) => set('contactEmail', value)}
      />
      <Checkboxes
        id="network-cohorts"
        className="field-group"
        legend="Your cohort"
        values={choices.cohorts.map((cohort) => cohort.id)}
        options={myCohorts.map((cohort) => ({ value: cohort.id, label: cohort.name }))}
        onChange={(ids) =>
          set(
            'cohorts',
            myCohorts.filter((cohort) => ids.includes(cohort.id)),
          )
        }
      />
      <p>
        <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
      </p>
    </Form>
  );
}

const asOption = (value: string) => ({ value, label: value });
