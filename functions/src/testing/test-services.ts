import { readFileSync } from 'node:fs';
import type { MailTransport } from '../mail/message';
import { smtpTransport } from '../mail/smtp-transport';
import { makeServices, type Services } from '../services';

// The same settings the Functions emulator was started with (scripts/lib/emulators.mjs writes
// them), so links signed here are accepted by the emulated unsubscribe function.
function localSettings(file: string): Record<string, string> {
  const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
  return Object.fromEntries(
    text
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

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
