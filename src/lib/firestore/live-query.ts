import { useQuery, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';
import { onSnapshot, type Query } from 'firebase/firestore';
import { queryClient } from '@/lib/query-client';

type Listener = { unsubscribe: () => void; observers: number };
const listeners = new Map<string, Listener>();

// One Firestore listener per data set, however many components show it; it stops when the last one leaves.
function subscribe<T>(queryKey: QueryKey, firestoreQuery: Query<T>): () => void {
  const id = JSON.stringify(queryKey);
  const existing = listeners.get(id);
  if (existing) {
    existing.observers += 1;
  } else {
    const unsubscribe = onSnapshot(
      firestoreQuery,
      (snapshot) =>
        queryClient.setQueryData(
          queryKey,
          snapshot.docs.map((doc) => doc.data()),
        ),
      (error) => console.warn('A live update stopped:', error.code),
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

/** Reads a query once through the cache, then keeps it live while a component shows it. */
export function useLiveQuery<T>(
  queryKey: QueryKey,
  firestoreQuery: Query<T>,
  load: () => Promise<T[]>,
) {
  const key = JSON.stringify(queryKey);
  useEffect(() => subscribe(queryKey, firestoreQuery), [key]); // eslint-disable-line react-hooks/exhaustive-deps
  return useQuery({ queryKey, queryFn: load, staleTime: Infinity });
}
