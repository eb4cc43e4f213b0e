import { localSettings } from '../local-settings';
import type { MailTransport } from '../mail/message';
import { smtpTransport } from '../mail/smtp-transport';
import { makeServices, type Services } from '../services';

// The same settings the Functions emulator was started with, so links signed here are accepted
// by the emulated unsubscribe function.
export const localSecrets = () => localSettings('.secret.local');

export function testServices(options: { now?: Date; transport?: MailTransport } = {}): Services {
  const secrets = localSecrets();
  const env = localSettings('.env.local');
  const services = makeServices({
    smtpUrl: secrets['SMTP_URL'] ?? '',
    linkSecret: secrets['MAIL_LINK_SECRET'] ?? '',
    portalUrl: env['PORTAL_URL'] ?? '',
    from: env['MAIL_FROM'] ?? '',
    ...(options.now ? { now: () => options.now as Date } : {}),
  });
  return options.transport ? { ...services, transport: options.transport } : services;
}

export const workingTransport = () => smtpTransport(localSecrets()['SMTP_URL'] ?? '');
