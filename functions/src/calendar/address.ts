import { createHash, randomBytes } from 'node:crypto';
import { FieldValue, type Firestore, type Timestamp } from 'firebase-admin/firestore';

/** One document per person: the hash of their feed's token, never the token itself. */
export const feedsCollection = 'calendarFeeds';

// 32 random bytes are 256 bits, 43 characters of base64url: far past guessing, short for a URL.
const TOKEN_BYTES = 32;
export const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/**
 * A plain SHA-256 is enough: the token is random and long, so there is nothing to slow a guess
 * down for, and the hash lets the feed find its owner with one equality query.
 */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const feedUrl = (portalUrl: string, token: string) => `${portalUrl}/calendar/${token}.ics`;

export type AddressStatus = { createdAt: string | null };

export async function addressStatus(db: Firestore, uid: string): Promise<AddressStatus> {
  const feed = await db.collection(feedsCollection).doc(uid).get();
  const createdAt = feed.get('createdAt') as Timestamp | undefined;
  return { createdAt: createdAt ? createdAt.toDate().toISOString() : null };
}

/**
 * Makes the person's address, replacing any earlier one in the same write, so the old address
 * stops the moment the new one exists. The token is returned here once and kept nowhere.
 */
export async function makeAddress(
  db: Firestore,
  portalUrl: string,
  uid: string,
): Promise<{ url: string }> {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  await db
    .collection(feedsCollection)
    .doc(uid)
    .set({ uid, tokenHash: hashToken(token), createdAt: FieldValue.serverTimestamp() });
  return { url: feedUrl(portalUrl, token) };
}

export async function revokeAddress(db: Firestore, uid: string): Promise<void> {
  await db.collection(feedsCollection).doc(uid).delete();
}

/** Whose feed a token opens, or null for a malformed, unknown or revoked one. */
export async function ownerOfToken(db: Firestore, token: string): Promise<string | null> {
  if (!tokenPattern.test(token)) return null;
  const found = await db
    .collection(feedsCollection)
    .where('tokenHash', '==', hashToken(token))
    .limit(1)
    .get();
  return (found.docs[0]?.get('uid') as string | undefined) ?? null;
}
