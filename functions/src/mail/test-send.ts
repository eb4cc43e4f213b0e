import { readFileSync } from 'node:fs';
import { renderLetter } from './layout';
import type { MailMessage } from './message';

/** Why a test send did not go, in words the person running it can act on. */
export class TestSendRefused extends Error {}

export type TestSendSettings = {
  project: string;
  to: string;
  mailFrom: string | undefined;
  portalUrl: string | undefined;
  smtpUrl: string | undefined;
};

export type TestSend = { message: MailMessage; from: string; summary: string };

// RFC 2606 keeps these for examples: nobody's DKIM key or SPF record can make them deliverable.
const EXAMPLE_DOMAIN = /(^|\.)example\.(org|com|net)$/i;
const ADDRESS = /^[^\s@<>,;]+@([^\s@<>,;]+\.[^\s@<>,;]+)$/;

const settingsFile = (project: string) => `functions/.env.${project}`;

/** The domain of "Name <user@domain>" or "user@domain", or null when it is neither. */
export function senderDomain(from: string): string | null {
  const address = /<([^<>]+)>\s*$/.exec(from)?.[1] ?? from.trim();
  return ADDRESS.exec(address)?.[1]?.toLowerCase() ?? null;
}

/** The SMTP server as host and port, never with the user name or password in the URL. */
function smtpServer(smtpUrl: string): string {
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    throw new TestSendRefused(
      'SMTP_URL is not a web address. It looks like smtps://user:password@smtp.your-provider.example:465.',
    );
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new TestSendRefused(
      `SMTP_URL must start with smtps:// or smtp://, not ${url.protocol}//.`,
    );
  }
  return `${url.hostname}:${url.port || (url.protocol === 'smtps:' ? '465' : '587')}`;
}

/**
 * Checks the settings a deploy would use and renders one email in the portal's layout. Nothing
 * is sent when a setting is missing or could never deliver, so a refusal costs nothing.
 */
export function planTestSend(settings: TestSendSettings, now: Date): TestSend {
  const { project, to } = settings;
  const file = settingsFile(project);
  if (!ADDRESS.test(to.trim())) {
    throw new TestSendRefused(
      `--to must be one email address, such as it.contact@nhs.net (got "${to}").`,
    );
  }
  const from = settings.mailFrom?.trim();
  if (!from) {
    throw new TestSendRefused(
      `MAIL_FROM is not set. Put MAIL_FROM="Programme name <portal@your-domain>" in ${file}.`,
    );
  }
  const domain = senderDomain(from);
  if (!domain) {
    throw new TestSendRefused(
      `MAIL_FROM in ${file} is not an address: write it as "Programme name <portal@your-domain>".`,
    );
  }
  if (EXAMPLE_DOMAIN.test(domain) && !project.startsWith('demo-')) {
    throw new TestSendRefused(
      `MAIL_FROM in ${file} uses ${domain}, which exists only for examples: receiving servers reject it under DMARC. Use the programme's own domain.`,
    );
  }
  const portalUrl = settings.portalUrl?.trim().replace(/\/+$/, '');
  if (!portalUrl || !/^https?:\/\/[^\s/]+/.test(portalUrl)) {
    throw new TestSendRefused(
      `PORTAL_URL is not set. Put PORTAL_URL=https://your-portal-address in ${file}.`,
    );
  }
  if (!settings.smtpUrl?.trim()) {
    throw new TestSendRefused(
      project.startsWith('demo-')
        ? 'SMTP_URL is not set: start the portal first (npm start), which writes functions/.secret.local.'
        : `SMTP_URL is not set. Read it from Secret Manager for this run only: SMTP_URL="$(npx firebase functions:secrets:access SMTP_URL --project ${project})" npm run test-send -- --project ${project} --to ${to}`,
    );
  }
  const server = smtpServer(settings.smtpUrl.trim());
  const message = renderLetter(
    {
      to: to.trim(),
      subject: 'Test email from the collaborative leadership portal',
      greeting: 'Hello,',
      blocks: [
        {
          type: 'paragraph',
          text: `This is a test of the portal's email settings for ${project}, sent ${now.toISOString()}.`,
        },
        {
          type: 'paragraph',
          text: `If it reached your inbox, open its headers (in Outlook: File, Properties) and check that Authentication-Results shows dmarc=pass for header.from=${domain}, with spf=pass or dkim=pass for the same domain.`,
        },
      ],
      reason: 'You get this email because someone setting up the portal sent a test to you.',
    },
    { portalUrl, linkSecret: '', now },
  );
  return {
    message,
    from,
    summary: `a test email from ${from} to ${to.trim()} through ${server}`,
  };
}

/** KEY=value lines of functions/.env.<project>, the file a deploy reads; empty when absent. */
export function projectSettings(project: string, root: URL): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(new URL(settingsFile(project), root), 'utf8');
  } catch {
    return {};
  }
  return Object.fromEntries(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.includes('=') && !line.startsWith('#'))
      .map((line) => {
        const key = line.slice(0, line.indexOf('=')).trim();
        const value = line.slice(line.indexOf('=') + 1).trim();
        return [key, value.replace(/^(["'])(.*)\1$/, '$2')];
      }),
  );
}
