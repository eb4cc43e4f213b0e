import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
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

/** What is wrong with the choices, in plain words, or null when they can be saved. */
function problemWith(choices: ProfileChoices): string | null {
  if (!choices.displayName.trim())
    return 'Your account has no name yet: ask the programme team to add one, then join.';
  if (!choices.sector) return 'Choose the sector you work in.';
  if (!choices.region) return 'Choose your region, or “Other, or outside England”.';
  if (choices.cohorts.length === 0) return 'Tick at least one of your cohorts.';
  if (choices.tags.length > NETWORK_LIMITS.tags)
    return `Choose at most ${NETWORK_LIMITS.tags} things you are working on (you have ${choices.tags.length}).`;
  if (choices.tags.some((tag) => tag.includes('|')))
    return 'Leave the | character out of what you are working on.';
  if (choices.tags.some((tag) => tag.length > NETWORK_LIMITS.tag))
    return `Keep each thing you are working on under ${NETWORK_LIMITS.tag} characters.`;
  const email = choices.contactEmail.trim();
  if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
    return 'The contact email does not look like an email address; check it, or leave it empty.';
  return null;
}

export function ProfileForm({ initial, myCohorts, submitLabel, onSave }: ProfileFormProps) {
  const [choices, setChoices] = useState(initial);
  const [ownTags, setOwnTags] = useState(
    initial.tags.filter((tag) => !themeTags.includes(tag)).join(', '),
  );
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const set = <K extends keyof ProfileChoices>(key: K, value: ProfileChoices[K]) =>
    setChoices((current) => ({ ...current, [key]: value }));
  const toggle = <T,>(list: T[], item: T, on: boolean) =>
    on ? [...list, item] : list.filter((x) => x !== item);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosenThemes = choices.tags.filter((tag) => themeTags.includes(tag));
    const complete = { ...choices, tags: [...new Set([...chosenThemes, ...splitTags(ownTags)])] };
    const problem = problemWith(complete);
    if (problem) {
      setMessage({ tone: 'error', text: problem });
      return;
    }
    setPending(true);
    try {
      await onSave(complete);
      setMessage({ tone: 'success', text: 'Your network profile is saved.' });
    } catch {
      setMessage({
        tone: 'error',
        text: 'We could not save your profile. Nothing you entered is lost; try again in a moment.',
      });
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div className="field">
        <label htmlFor="network-name">Name</label>
        <input
          id="network-name"
          autoComplete="name"
          readOnly
          aria-describedby="network-name-hint"
          value={choices.displayName}
        />
        <p className="hint" id="network-name-hint">
          The name on your account, which your cohorts see too.
        </p>
      </div>
      <div className="field">
        <label htmlFor="network-organisation">Organisation</label>
        <input
          id="network-organisation"
          autoComplete="organization"
          maxLength={160}
          value={choices.organisation}
          onChange={(e) => set('organisation', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="network-job-title">Job title</label>
        <input
          id="network-job-title"
          autoComplete="organization-title"
          maxLength={160}
          value={choices.jobTitle}
          onChange={(e) => set('jobTitle', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="network-sector">Sector</label>
        <select
          id="network-sector"
          value={choices.sector}
          onChange={(e) => set('sector', e.target.value)}
        >
          <option value="">Choose a sector</option>
          {networkSectors.map((sector) => (
            <option key={sector}>{sector}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="network-region">Region (integrated care system)</label>
        <select
          id="network-region"
          value={choices.region}
          onChange={(e) => set('region', e.target.value)}
        >
          <option value="">Choose a region</option>
          {networkRegions.map((region) => (
            <option key={region}>{region}</option>
          ))}
        </select>
      </div>
      <fieldset className="field-group">
        <legend>What you are working on</legend>
        <div className="tick-grid">
          {networkThemeTags.map((tag) => {
            const value = tag.toLowerCase();
            return (
              <label key={tag} className="checkbox">
                <input
                  type="checkbox"
                  checked={choices.tags.includes(value)}
                  onChange={(e) => set('tags', toggle(choices.tags, value, e.target.checked))}
                />
                {tag}
              </label>
            );
          })}
        </div>
        <div className="field">
          <label htmlFor="network-own-tags">Anything else, separated by commas</label>
          <input
            id="network-own-tags"
            value={ownTags}
            placeholder="for example: housing, digital inclusion"
            onChange={(e) => setOwnTags(e.target.value)}
          />
        </div>
      </fieldset>
      <fieldset className="field-group">
        <legend>Open to</legend>
        <div className="tick-grid">
          {(Object.entries(networkOpenTo) as [NetworkOpenTo, string][]).map(([key, label]) => (
            <label key={key} className="checkbox">
              <input
                type="checkbox"
                checked={choices.openTo.includes(key)}
                onChange={(e) => set('openTo', toggle(choices.openTo, key, e.target.checked))}
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor="network-email">Contact email to show (optional)</label>
        <input
          id="network-email"
          type="email"
          autoComplete="email"
          maxLength={254}
          aria-describedby="network-email-hint"
          value={choices.contactEmail}
          onChange={(e) => set('contactEmail', e.target.value)}
        />
        <p className="hint" id="network-email-hint">
          Only network members see it. Leave it empty and nobody sees an address.
        </p>
      </div>
      <fieldset className="field-group">
        <legend>Your cohort</legend>
        {myCohorts.map((cohort) => (
          <label key={cohort.id} className="checkbox">
            <input
              type="checkbox"
              checked={choices.cohorts.some((c) => c.id === cohort.id)}
              onChange={(e) =>
                set(
                  'cohorts',
                  e.target.checked
                    ? [...choices.cohorts, cohort]
                    : choices.cohorts.filter((c) => c.id !== cohort.id),
                )
              }
            />
            {cohort.name}
          </label>
        ))}
      </fieldset>
      <p>
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </button>
      </p>
    </form>
  );
}
