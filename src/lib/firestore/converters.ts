import type {
  DocumentData,
  FirestoreDataConverter,
  QueryDocumentSnapshot,
} from 'firebase/firestore';
import type { z } from 'zod';

export type WithId<T> = T & { id: string };

// Every read is checked against its schema, so a malformed document fails loudly in one place.
export function zodConverter<T extends DocumentData>(
  schema: z.ZodType<T>,
): FirestoreDataConverter<WithId<T>, DocumentData> {
  return {
    toFirestore: (value) => {
      const { id: _id, ...data } = value as WithId<T>;
      return schema.parse(data);
    },
    fromFirestore: (snapshot: QueryDocumentSnapshot) => ({
      ...schema.parse(snapshot.data()),
      id: snapshot.id,
    }),
  };
}
