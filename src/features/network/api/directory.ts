import { useInfiniteQuery } from '@tanstack/react-query';
import { getDocs, type DocumentSnapshot } from 'firebase/firestore';
import { queryRef } from '@/lib/firebase/firestore';
import { directoryQuery, type DirectoryFilters } from '@/lib/firestore/network-refs';
import { NETWORK_LIMITS } from '@/lib/firestore/network-vocabulary';
import { networkKeys } from './network-keys';

/**
 * The directory, a page at a time: each page reads one document more than it shows, to know
 * whether another page exists, so every page costs the same however big the network grows.
 */
export function useDirectory(filters: DirectoryFilters) {
  const query = useInfiniteQuery({
    queryKey: networkKeys.directory(filters),
    initialPageParam: undefined as DocumentSnapshot | undefined,
    queryFn: async ({ pageParam }) => {
      const snapshot = await getDocs(queryRef(directoryQuery(filters, pageParam)));
      const docs = snapshot.docs.slice(0, NETWORK_LIMITS.page);
      return {
        people: docs.map((d) => d.data()),
        next: snapshot.docs.length > NETWORK_LIMITS.page ? docs.at(-1) : undefined,
      };
    },
    getNextPageParam: (page) => page.next,
  });
  return {
    ...query,
    people: query.data?.pages.flatMap((page) => page.people) ?? [],
  };
}
