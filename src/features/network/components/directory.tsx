import { useRef, useState, type FormEvent } from 'react';
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
  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = Object.fromEntries(
      Object.entries(draft).filter(([, value]) => value.trim() !== ''),
    );
    setApplied(chosen);
  }
  const filtered = Object.keys(applied).length > 0;

  return (
    <section aria-labelledby="directory-heading">
      <h2 id="directory-heading">Find people</h2>
      <form className="filters" onSubmit={handleSearch} role="search" aria-label="Find people">
        <div className="field">
          <label htmlFor="find-name">Name begins with</label>
          <input id="find-name" value={draft.name} onChange={(e) => set('name', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="find-sector">Sector</label>
          <select
            id="find-sector"
            value={draft.sector}
            onChange={(e) => set('sector', e.target.value)}
          >
            <option value="">Any sector</option>
            {networkSectors.map((sector) => (
              <option key={sector}>{sector}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="find-region">Region</label>
          <select
            id="find-region"
            value={draft.region}
            onChange={(e) => set('region', e.target.value)}
          >
            <option value="">Any region</option>
            {networkRegions.map((region) => (
              <option key={region}>{region}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="find-tag">Working on</label>
          <input
            id="find-tag"
            list="find-tag-themes"
            value={draft.tag}
            onChange={(e) => set('tag', e.target.value)}
          />
          <datalist id="find-tag-themes">
            {networkThemeTags.map((tag) => (
              <option key={tag} value={tag.toLowerCase()} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor="find-cohort">Cohort</label>
          <select
            id="find-cohort"
            value={draft.cohortId}
            onChange={(e) => set('cohortId', e.target.value)}
          >
            <option value="">Any cohort</option>
            {cohorts.map((cohort) => (
              <option key={cohort.id} value={cohort.id}>
                {cohort.label}
              </option>
            ))}
          </select>
        </div>
        <p className="actions">
          <button type="submit" className="button">
            Search
          </button>
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
      </form>
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
