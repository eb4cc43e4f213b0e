import { createHmac, timingSafeEqual } from 'node:crypto';
import type { EmailKind } from '@/lib/firestore/schemas';

// A link in an email turns one kind off without signing in, so it is signed and expires.
const LIFETIME_MS = 90 * 24 * 60 * 60_000;
const kinds: EmailKind[] = [
  'moduleReminders',
  'callReminders',
  'announcements',
  'timetableChanges',
  'replies',
];

export type UnsubscribeClaim = { uid: string; kind: EmailKind };

const encode = (text: string) => Buffer.from(text).toString('base64url');
function sign(payload: string, secret: string) {
  // An empty key would let anyone sign a link; a function given no MAIL_LINK_SECRET must refuse.
  if (!secret) throw new Error('This function has no MAIL_LINK_SECRET to sign or check links.');
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

export function unsubscribeToken(claim: UnsubscribeClaim, secret: string, now: Date): string {
  const payload = encode(
    JSON.stringify({ u: claim.uid, k: claim.kind, e: now.getTime() + LIFETIME_MS }),
  );
  return `${payload}.${sign(payload, secret)}`;
}

/** The claim the token carries, or why it cannot be used. */
export function readUnsubscribeToken(
  token: string,
  secret: string,
  now: Date,
): UnsubscribeClaim | 'invalid' | 'expired' {
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0) return 'invalid';
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  try {
    const { u, k, e } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      u: unknown;
      k: unknown;
      e: unknown;
    };
    if (typeof u !== 'string' || !kinds.includes(k as EmailKind) || typeof e !== 'number')
      return 'invalid';
    if (e < now.getTime()) return 'expired';
    return { uid: u, kind: k as EmailKind };
  } catch {
    return 'invalid';
  }
}
