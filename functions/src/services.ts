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

export function makeServices(settings: {
  smtpUrl: string;
  from: string;
  portalUrl: string;
  linkSecret: string;
  now?: () => Date;
}): Services {
  return {
    db: adminDb(),
    auth: adminAuth(),
    transport: smtpTransport(settings.smtpUrl),
    from: settings.from,
    now: settings.now ?? (() => new Date()),
    portalUrl: settings.portalUrl.replace(/\/+$/, ''),
    linkSecret: settings.linkSecret,
  };
}
