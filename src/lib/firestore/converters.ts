import type {
  DocumentData,
  FirestoreDataConverter,
  QueryDocumentSnapshot,
  SnapshotOptions,
} from 'firebase/firestore';
import type { z } from 'zod/mini';

export type WithId<T> = T & { id: string };

// Every read is checked against its schema, so a malformed document fails loudly in one place.
// Writes carry serverTimestamp() sentinels the schemas cannot describe; the rules check their shape.
export function zodConverter<T extends DocumentData>(
  schema: z.ZodMiniType<T, unknown>,
): FirestoreDataConverter<WithId<T>, DocumentData> {
  return {
    toFirestore: (value) => {
      const { id: _id, ...data } = value as DocumentData;
      return data;
    },
    fromFirestore: (snapshot: QueryDocumentSnapshot, options?: SnapshotOptions) => ({
      // A write still on its way to the server reads with an estimated time, never null.
      ...schema.parse(snapshot.data({ ...options, serverTimestamps: 'estimate' })),
      id: snapshot.id,
    }),
  };
}
