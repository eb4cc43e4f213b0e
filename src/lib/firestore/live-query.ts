import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { createContext, useContext, useEffect } from 'react';
import { queryClient } from '@/lib/query-client';
import type { DocSpec, QuerySpec } from './ref-spec';
import { fullFirestore, readQuery } from './read';

type Listener = { unsubscribe: () => void; observers: number };
const listeners = new Map<string, Listener>();

// The first view is read with Firestore Lite; listeners wait for the browser to be idle so the
// full SDK they need loads after the screen has shown, not in its way.
const idle = () =>
  new Promise<void>((resolve) =>
    'requestIdleCallback' in window
      ? requestIdleCallback(() => resolve(), { timeout: 2000 })
      : setTimeout(resolve, 200),
  );

// On the page's first load the listeners, and with them the full SDK (whose evaluation is the
// longest task after the first view), also wait until the page has loaded and the first view has
// had a few quiet seconds, so a slow phone answers a tap meanwhile. The first view was read moments
// before, and a listener's first snapshot is a fresh read, so nothing changed meanwhile is missed.
// Later screens do not wait again.
const FIRST_VIEW_QUIET_MS = 3000;
let firstViewSettled: Promise<void> | undefined;
const afterFirstView = () =>
  (firstViewSettled ??= new Promise<void>((resolve) => {
    const settle = () => setTimeout(resolve, FIRST_VIEW_QUIET_MS);
    if (document.readyState === 'complete') settle();
    else window.addEventListener('load', settle, { once: true });
  }));

// One Firestore listener per data set, however many components show it; it stops when the last one
// leaves. Snapshots go into the query cache, so every view of that data updates together.
function subscribe<T>(queryKey: QueryKey, spec: DocSpec<T> | QuerySpec<T>): () => void {
  const id = JSON.stringify(queryKey);
  const existing = listeners.get(id);
  if (existing) {
    existing.observers += 1;
  } else {
    const listener: Listener = { unsubscribe: () => undefined, observers: 1 };
    listeners.set(id, listener);
    void afterFirstView()
      .then(idle)
      .then(fullFirestore)
      .then(({ listen }) => {
        if (listeners.get(id) !== listener) return;
        listener.unsubscribe = listen(
          spec,
          (data) => queryClient.setQueryData(queryKey, data),
          (error) => console.warn('A live update stopped:', error.code),
        );
      })
      .catch((error: unknown) => console.warn('Live updates could not start:', error));
  }
  return () => {
    const listener = listeners.get(id);
    if (!listener) return;
    listener.observers -= 1;
    if (listener.observers === 0) {
      listener.unsubscribe();
      listeners.delete(id);
    }
  };
}

/**
 * Whether the components inside keep their own listeners. A listener's first snapshot reads every
 * document again after the first view read them, so a screen that summarises many data sets (the
 * dashboard) turns them off and refreshes from the person's "what's new" document instead.
 */
export const OwnListeners = createContext(true);

/** Keeps a cached query or document up to date while the component that shows it is on screen. */
export function useLiveUpdates<T>(
  queryKey: QueryKey,
  spec: DocSpec<T> | QuerySpec<T>,
  enabled = true,
) {
  const key = JSON.stringify(queryKey);
  const live = useContext(OwnListeners) && enabled;
  useEffect(() => (live ? subscribe(queryKey, spec) : undefined), [key, live]); // eslint-disable-line react-hooks/exhaustive-deps
}

/**
 * Reads a query once through the cache, then keeps it live while a component shows it.
 * With `keepPrevious`, a list that grows (a bigger limit) keeps showing what it had while it loads.
 */
export function useLiveQuery<T>(
  queryKey: QueryKey,
  spec: QuerySpec<T>,
  { keepPrevious = false } = {},
) {
  useLiveUpdates(queryKey, spec);
  return useQuery({
    queryKey,
    queryFn: () => readQuery(spec),
    staleTime: Infinity,
    ...(keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
}
