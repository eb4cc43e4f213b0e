// Reads the local mail catcher (maildev 3) through its HTTP API, as the tests' inbox.
export const MAIL_INBOX_URL = process.env['MAIL_INBOX_URL'] ?? 'http://127.0.0.1:1080';

export type CaughtEmail = {
  id: string;
  subject: string;
  text?: string;
  html?: string;
  from: { address: string; name: string }[];
  to: { address: string; name: string }[];
  headers: Record<string, string | string[]>;
  attachments?: { fileName?: string; filename?: string; contentType: string }[];
};

export async function caughtEmails(): Promise<CaughtEmail[]> {
  const response = await fetch(`${MAIL_INBOX_URL}/api/email`);
  if (!response.ok) throw new Error(`The mail catcher answered ${response.status}`);
  return (await response.json()) as CaughtEmail[];
}

export async function clearInbox(): Promise<void> {
  const response = await fetch(`${MAIL_INBOX_URL}/api/email/all`, { method: 'DELETE' });
  if (!response.ok) throw new Error(`The mail catcher could not be cleared: ${response.status}`);
}

export const recipientOf = (email: CaughtEmail) => email.to[0]?.address.toLowerCase() ?? '';

/**
 * One header exactly as sent, read from the raw message: the catcher's parsed headers drop the
 * structured ones, List-Unsubscribe among them.
 */
export async function rawHeader(email: CaughtEmail, name: string): Promise<string | undefined> {
  const response = await fetch(`${MAIL_INBOX_URL}/api/email/${email.id}/source`);
  const source = await response.text();
  const head = source.split(/\r?\n\r?\n/)[0] ?? '';
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const line = unfolded
    .split(/\r?\n/)
    .find((candidate) => candidate.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}

/** Waits until the inbox holds emails matching `match`, at least `count` of them, and returns them. */
export async function waitForEmails(
  match: (email: CaughtEmail) => boolean,
  count = 1,
  timeoutMs = 20_000,
): Promise<CaughtEmail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await caughtEmails()).filter(match);
    if (found.length >= count) return found;
    if (Date.now() > deadline) {
      throw new Error(
        `Expected ${count} matching emails within ${timeoutMs} ms, found ${found.length}`,
      );
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
}

/** The first link in the plain-text part that starts with `prefix`. */
export function linkIn(email: CaughtEmail, prefix: string): string {
  const link = (email.text ?? '').split(/\s+/).find((word) => word.startsWith(prefix));
  if (!link) throw new Error(`No link starting ${prefix} in "${email.subject}"`);
  return link;
}
