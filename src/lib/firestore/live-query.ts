import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';
import { DocumentReference, onSnapshot, type Query } from 'firebase/firestore';
import { queryClient } from '@/lib/query-client';

type Listener = { unsubscribe: () => void; observers: number };
const listeners = new Map<string, Listener>();

// One Firestore listener per data set, however many components show it; it stops when the last one
// leaves. Snapshots go into the query cache, so every view of that data updates together.
function subscribe<T>(queryKey: QueryKey, source: Query<T> | DocumentReference<T>): () => void {
  const id = JSON.stringify(queryKey);
  const existing = listeners.get(id);
  if (existing) {
    existing.observers += 1;
  } else {
    const onError = (error: { code: string }) => console.warn('A live update stopped:', error.code);
    const unsubscribe =
      source instanceof DocumentReference
        ? onSnapshot(
            source,
            (snapshot) => queryClient.setQueryData(queryKey, snapshot.data() ?? null),
            onError,
          )
        : onSnapshot(
            source,
            (snapshot) =>
              queryClient.setQueryData(
                queryKey,
                snapshot.docs.map((d) => d.data()),
              ),
            onError,
          );
    listeners.set(id, { unsubscribe, observers: 1 });
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

/** Keeps a cached query or document up to date while the component that shows it is on screen. */
export function useLiveUpdates<T>(
  queryKey: QueryKey,
  source: Query<T> | DocumentReference<T>,
  enabled = true,
) {
  const key = JSON.stringify(queryKey);
  useEffect(() => (enabled ? subscribe(queryKey, source) : undefined), [key, enabled]); // eslint-disable-line react-hooks/exhaustive-deps
}

/**
 * Reads a query once through the cache, then keeps it live while a component shows it.
 * With `keepPrevious`, a list that grows (a bigger limit) keeps showing what it had while it loads.
 */
export function useLiveQuery<T>(
  queryKey: QueryKey,
  firestoreQuery: Query<T>,
  load: () => Promise<T[]>,
  { keepPrevious = false } = {},
) {
  useLiveUpdates(queryKey, firestoreQuery);
  return useQuery({
    queryKey,
    queryFn: load,
    staleTime: Infinity,
    ...(keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
}
