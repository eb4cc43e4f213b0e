import { useRef, useState } from 'react';
import { Form, SelectField, SubmitButton, TextField, optionsOf } from '@/components/form';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { ShowMore, useFocusFirstNew } from '@/components/ui/show-more';
import type { DirectoryFilters } from '@/lib/firestore/network-refs';
import {
  NETWORK_LIMITS,
  networkRegions,
  networkSectors,
  networkThemeTags,
} from '@/lib/firestore/network-vocabulary';
import { useDirectory } from '../api/directory';
import { useNetworkCohorts } from '../api/network-cohorts';
import { NetworkPersonCard } from './person-card';

const noFilters: Required<DirectoryFilters> = {
  name: '',
  sector: '',
  region: '',
  tag: '',
  cohortId: '',
};

/** Search by the start of a name, filter by sector, region, a tag and a cohort; A to Z. */
export function Directory() {
  const cohorts = useNetworkCohorts().data;
  const [draft, setDraft] = useState(noFilters);
  const [applied, setApplied] = useState<DirectoryFilters>({});
  const { people, isPending, isError, hasNextPage, fetchNextPage, isFetchingNextPage } =
    useDirectory(applied);
  const list = useRef<HTMLUListElement>(null);
  const focusFirstNewFrom = useFocusFirstNew(list, people.length, 'h3');

  const set = (key: keyof DirectoryFilters, value: string) =>
    setDraft((current) => ({ ...current, [key]: value }));
  function handleSearch() {
    const chosen = Object.fromEntries(
      Object.entries(draft).filter(([, value]) => value.trim() !== ''),
    );
    setApplied(chosen);
    return undefined;
  }
  const filtered = Object.keys(applied).length > 0;

  return (
    <section aria-labelledby="directory-heading">
      <h2 id="directory-heading">Find people</h2>
      <Form
        className="filters"
        onSubmit={handleSearch}
        failure="We could not search the network. Try again in a moment."
        role="search"
        aria-label="Find people"
      >
        <TextField
          id="find-name"
          label="Name begins with"
          value={draft.name}
          onChange={(value) => set('name', value)}
        />
        <SelectField
          id="find-sector"
          label="Sector"
          value={draft.sector}
          onChange={(value) => set('sector', value)}
          options={[{ value: '', label: 'Any sector' }, ...optionsOf(networkSectors)]}
        />
        <SelectField
          id="find-region"
          label="Region"
          value={draft.region}
          onChange={(value) => set('region', value)}
          options={[{ value: '', label: 'Any region' }, ...optionsOf(networkRegions)]}
        />
        <TextField
          id="find-tag"
          label="Working on"
          list="find-tag-themes"
          value={draft.tag}
          onChange={(value) => set('tag', value)}
        />
        <datalist id="find-tag-themes">
          {networkThemeTags.map((tag) => (
            <option key={tag} value={tag.toLowerCase()} />
          ))}
        </datalist>
        <SelectField
          id="find-cohort"
          label="Cohort"
          value={draft.cohortId}
          onChange={(value) => set('cohortId', value)}
          options={[
            { value: '', label: 'Any cohort' },
            ...cohorts.map((cohort) => ({ value: cohort.id, label: cohort.label })),
          ]}
        />
        <p className="actions">
          <SubmitButton pendingLabel="Searching…">Search</SubmitButton>
          {filtered && (
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                setDraft(noFilters);
                setApplied({});
              }}
            >
              Clear
            </button>
          )}
        </p>
      </Form>
      <div aria-live="polite">
        {isPending ? (
          <Loading label="Finding people…" />
        ) : isError ? (
          <Alert tone="error">We could not search the network. Try again in a moment.</Alert>
        ) : people.length === 0 ? (
          <p className="card">
            {filtered
              ? 'Nobody in the network matches all of that. Try fewer filters.'
              : 'Nobody has joined the network yet.'}
          </p>
        ) : (
          <p className="hint">
            {filtered ? 'Matching people' : 'Everyone in the network'}, A to Z
            {hasNextPage ? `: the first ${people.length}` : `: ${people.length}`}.
          </p>
        )}
      </div>
      {people.length > 0 && (
        <ul className="people" ref={list}>
          {people.map((person) => (
            <NetworkPersonCard key={person.uid} person={person} />
          ))}
        </ul>
      )}
      {hasNextPage && (
        <ShowMore
          loading={isFetchingNextPage}
          label={`Show ${NETWORK_LIMITS.page} more`}
          loadingLabel="Loading more people…"
          onMore={() => {
            focusFirstNewFrom(people.length);
            void fetchNextPage();
          }}
        />
      )}
    </section>
  );
}
