import { useEffect, useState } from 'react';

/**
 * Code that a screen needs only sometimes (formatting Markdown, a facilitator's form), loaded the
 * first time it is wanted instead of with the screen (decision 0036). `preload` is for a route's
 * loader, so the screen draws with it already there and nothing moves when it arrives;
 * `useLoaded(wanted)` gives it to a component, loading it when `wanted` and it is not there yet,
 * and says when it could not load (offline before the offline shell has stored the files), so the
 * screen can say so.
 */
export function onDemand<T>(load: () => Promise<T>) {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;

  const preload = (): Promise<T> =>
    (loading ??= load().then(
      (value) => (loaded = value),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));

  function useLoaded(wanted: boolean): { loaded: T | undefined; failed: boolean } {
    // Held in a box: a loaded value that is a function would be called by useState.
    const [box, setBox] = useState<{ value: T } | undefined>(() =>
      loaded === undefined ? undefined : { value: loaded },
    );
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (!wanted || box) return;
      let current = true;
      preload().then(
        (value) => current && setBox({ value }),
        () => current && setFailed(true),
      );
      return () => {
        current = false;
      };
    }, [wanted, box]);
    // What another component loaded meanwhile is used at once, before this one's effect runs.
    const value = box?.value ?? (wanted ? loaded : undefined);
    return { loaded: value, failed: failed && value === undefined };
  }

  return { preload, useLoaded };
}
