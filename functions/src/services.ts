import type { Auth } from 'firebase-admin/auth';
import type { MailContext } from './mail/ledger';
import type { MailLinks } from './mail/layout';
import { adminAuth, adminDb } from './admin';
import { smtpTransport } from './mail/smtp-transport';

/** What every email job needs; the functions build it from params, the command line from env. */
export type Services = MailContext & { auth: Auth; portalUrl: string; linkSecret: string };

export function linksFor(services: Services): MailLinks {
  return {
    portalUrl: services.portalUrl,
    linkSecret: services.linkSecret,
    now: services.now(),
  };
}

/** A transport for a function given no SMTP_URL: it says so rather than sending anywhere else. */
const noTransport = {
  send: async () => {
    throw new Error('This function has no SMTP_URL: give it the secret in functions/src/index.ts.');
  },
};

export function makeServices(settings: {
  /** Only a function that sends email has it (functions/src/index.ts). */
  smtpUrl?: string;
  from: string;
  portalUrl: string;
  /** Only a function that signs or checks links has it; signing without it refuses. */
  linkSecret?: string;
  now?: () => Date;
}): Services {
  return {
    db: adminDb(),
    auth: adminAuth(),
    transport: settings.smtpUrl ? smtpTransport(settings.smtpUrl) : noTransport,
    from: settings.from,
    now: settings.now ?? (() => new Date()),
    portalUrl: settings.portalUrl.replace(/\/+$/, ''),
    linkSecret: settings.linkSecret ?? '',
  };
}
