import { emailKindNames, type EmailKind } from '@/lib/firestore/schemas';
import type { MailMessage } from './message';
import { unsubscribeToken } from './unsubscribe-token';

/**
 * Every email has the same shape: a plain-text part and a simple HTML part with the same words,
 * the portal's address, why the person gets it, and (for kinds they chose) a one-click unsubscribe.
 * Emails point to the portal; they never carry the words of a journal entry or a reply.
 */
export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'link'; label: string; url: string }
  | { type: 'heading'; text: string };

export type MailLinks = { portalUrl: string; linkSecret: string; now: Date };

export type Letter = {
  to: string;
  subject: string;
  greeting: string;
  blocks: Block[];
  /** Why this person gets this email, in one sentence. */
  reason: string;
  /** Set for kinds a person can turn off; invitations have none. */
  optOut?: { uid: string; kind: EmailKind };
  attachments?: MailMessage['attachments'];
  /** The programme the email is about, which names the portal in its footer. */
  programme?: string | undefined;
};

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

export function unsubscribeUrl(links: MailLinks, uid: string, kind: EmailKind): string {
  const token = unsubscribeToken({ uid, kind }, links.linkSecret, links.now);
  return `${links.portalUrl}/email/unsubscribe?t=${encodeURIComponent(token)}`;
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return block.text;
    case 'heading':
      return block.text.toUpperCase();
    case 'list':
      return block.items.map((item) => `- ${item}`).join('\n');
    case 'link':
      return `${block.label}: ${block.url}`;
  }
}

const styles = {
  body: 'margin:0;padding:0;background:#f4f5f7;',
  card: 'max-width:600px;margin:0 auto;padding:24px;background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1d1d1f;',
  heading: 'font-size:18px;margin:24px 0 8px;',
  button:
    'display:inline-block;padding:10px 16px;background:#1d4f91;color:#ffffff;text-decoration:underline;border-radius:4px;',
  footer:
    'font-size:14px;color:#4a4a4f;border-top:1px solid #d0d3d8;margin-top:32px;padding-top:16px;',
};

function blockHtml(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'heading':
      return `<h2 style="${styles.heading}">${escapeHtml(block.text)}</h2>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
    case 'link':
      return `<p><a href="${escapeHtml(block.url)}" style="${styles.button}">${escapeHtml(block.label)}</a></p>`;
  }
}

export function renderLetter(letter: Letter, links: MailLinks): MailMessage {
  const portalName = letter.programme ? `${letter.programme} portal` : 'Leadership portal';
  const settingsUrl = `${links.portalUrl}/notifications`;
  const optOutUrl = letter.optOut
    ? unsubscribeUrl(links, letter.optOut.uid, letter.optOut.kind)
    : null;
  const kindName = letter.optOut ? emailKindNames[letter.optOut.kind] : null;
  const footerLines = [
    letter.reason,
    ...(optOutUrl && kindName
      ? [
          `Stop emails about ${kindName}: ${optOutUrl}`,
          `Choose which emails you get: ${settingsUrl}`,
        ]
      : []),
    `${portalName}: ${links.portalUrl}`,
  ];
  const text = [letter.greeting, ...letter.blocks.map(blockText), '--', ...footerLines].join(
    '\n\n',
  );
  const footerHtml = [
    `<p>${escapeHtml(letter.reason)}</p>`,
    optOutUrl && kindName
      ? `<p><a href="${escapeHtml(optOutUrl)}">Stop emails about ${escapeHtml(kindName)}</a> · <a href="${escapeHtml(settingsUrl)}">Choose which emails you get</a></p>`
      : '',
    `<p><a href="${escapeHtml(links.portalUrl)}">${escapeHtml(portalName)}</a></p>`,
  ].join('');
  const html = `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(letter.subject)}</title></head>
<body style="${styles.body}">
<main style="${styles.card}">
<p>${escapeHtml(letter.greeting)}</p>
${letter.blocks.map(blockHtml).join('\n')}
<footer style="${styles.footer}">${footerHtml}</footer>
</main>
</body>
</html>`;
  return {
    to: letter.to,
    subject: letter.subject,
    text,
    html,
    ...(optOutUrl
      ? {
          headers: {
            'List-Unsubscribe': `<${optOutUrl}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          },
        }
      : {}),
    ...(letter.attachments ? { attachments: letter.attachments } : {}),
  };
}
