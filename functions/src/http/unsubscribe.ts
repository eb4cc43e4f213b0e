import { emailKindNames, type EmailKind } from '@/lib/firestore/schemas';
import { FieldValue } from 'firebase-admin/firestore';
import { escapeHtml } from '../mail/layout';
import { readUnsubscribeToken } from '../mail/unsubscribe-token';
import { settingsOf } from '../recipients';
import type { Services } from '../services';

export type UnsubscribeRequest = { method: string; token: string };
export type UnsubscribeResponse = { status: number; html: string };

// The page is only ever served through the portal's own origin (the /email/unsubscribe rewrite),
// so its icon and stylesheet are same-origin paths: the CSP's style-src 'self' refuses them from
// any other origin, which is what happened whenever that origin differed from PORTAL_URL.
function page(services: Services, title: string, paragraphs: string[], form?: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} — Leadership portal</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/email-pages.css"></head>
<body><main><h1>${escapeHtml(title)}</h1>
${paragraphs.map((text) => `<p>${text}</p>`).join('\n')}
${form ?? ''}
<p><a href="${escapeHtml(services.portalUrl)}/notifications">Choose which emails you get</a> (you will be asked to sign in).</p>
</main></body></html>`;
}

/**
 * One-click unsubscribe (RFC 8058): a POST with a valid token turns that kind off, with no
 * sign-in and no cookies. A GET, which mail scanners make on their own, only shows a button.
 */
export async function handleUnsubscribe(
  services: Services,
  request: UnsubscribeRequest,
): Promise<UnsubscribeResponse> {
  const claim = readUnsubscribeToken(request.token, services.linkSecret, services.now());
  if (claim === 'invalid' || claim === 'expired') {
    return {
      status: claim === 'expired' ? 410 : 400,
      html: page(services, 'This link cannot be used', [
        claim === 'expired'
          ? 'This unsubscribe link has expired. Nothing has changed.'
          : 'This unsubscribe link is not complete or not valid. Nothing has changed.',
        'You can turn any kind of email on or off on the Notifications page of the portal.',
      ]),
    };
  }
  const kindName = emailKindNames[claim.kind];
  if (request.method === 'GET') {
    return {
      status: 200,
      html: page(
        services,
        `Stop emails about ${kindName}?`,
        [`Press the button to stop getting emails about ${escapeHtml(kindName)}.`],
        `<form method="post"><input type="hidden" name="t" value="${escapeHtml(request.token)}"><button type="submit">Stop emails about ${escapeHtml(kindName)}</button></form>`,
      ),
    };
  }
  await turnOff(services, claim.uid, claim.kind);
  return {
    status: 200,
    html: page(services, `Emails about ${kindName} are off`, [
      `You will not get emails about ${escapeHtml(kindName)} any more. Everything stays in the portal as before.`,
      'To turn them back on, sign in to the portal and open Notifications (the link is at the top of every page).',
    ]),
  };
}

async function turnOff(services: Services, uid: string, kind: EmailKind): Promise<void> {
  const current = (await settingsOf(services, [uid])).get(uid);
  await services.db
    .collection('notificationSettings')
    .doc(uid)
    .set({
      ...current,
      [kind]: kind === 'replies' ? 'off' : false,
      updatedAt: FieldValue.serverTimestamp(),
    });
}
