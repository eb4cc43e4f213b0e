import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { caughtEmails, clearInbox, waitForEmails } from '../../../tests/support/mail-catcher';
import { planTestSend, projectSettings, senderDomain, type TestSendSettings } from './test-send';

const now = new Date('2027-02-01T09:00:00Z');
const good: TestSendSettings = {
  project: 'leadership-portal-prod',
  to: 'it.contact@nhs.net',
  mailFrom: 'Collaborative leadership <portal@leadership.example-trust.org.uk>',
  portalUrl: 'https://portal.example-trust.org.uk/',
  smtpUrl: 'smtps://apikey:s3cret-Pa55@smtp.mail-provider.net:465',
};
const refusal = (changes: Partial<TestSendSettings>) => {
  try {
    planTestSend({ ...good, ...changes }, now);
  } catch (error) {
    return (error as Error).message;
  }
  return 'sent';
};

describe('the test send refuses settings that could not deliver, before sending anything', () => {
  it('refuses a missing or malformed recipient', () => {
    expect(refusal({ to: 'it.contact' })).toMatch(/--to must be one email address/);
    expect(refusal({ to: 'a@nhs.net, b@nhs.net' })).toMatch(/--to must be one email address/);
  });

  it('refuses a missing sender, naming the file it goes in', () => {
    expect(refusal({ mailFrom: undefined })).toBe(
      'MAIL_FROM is not set. Put MAIL_FROM="Programme name <portal@your-domain>" in functions/.env.leadership-portal-prod.',
    );
    expect(refusal({ mailFrom: 'Programme team' })).toMatch(/MAIL_FROM .* is not an address/);
  });

  it('refuses an example.org sender on a real project, which DMARC would reject', () => {
    expect(refusal({ mailFrom: 'Portal <portal@example.org>' })).toMatch(
      /uses example\.org, which exists only for examples/,
    );
    expect(refusal({ mailFrom: 'portal@mail.example.com' })).toMatch(/mail\.example\.com/);
  });

  it('refuses a missing portal address', () => {
    expect(refusal({ portalUrl: '' })).toMatch(/PORTAL_URL is not set/);
  });

  it('refuses a missing SMTP server and says how to read it from Secret Manager', () => {
    expect(refusal({ smtpUrl: undefined })).toContain(
      'npx firebase functions:secrets:access SMTP_URL --project leadership-portal-prod',
    );
    expect(refusal({ smtpUrl: 'https://smtp.mail-provider.net' })).toMatch(
      /must start with smtps:\/\/ or smtp:\/\//,
    );
  });

  it('plans the email in the portal layout and never repeats the SMTP password', () => {
    const plan = planTestSend(good, now);
    expect(plan.summary).toBe(
      'a test email from Collaborative leadership <portal@leadership.example-trust.org.uk> to it.contact@nhs.net through smtp.mail-provider.net:465',
    );
    expect(plan.message.text).toContain(
      'dmarc=pass for header.from=leadership.example-trust.org.uk',
    );
    expect(plan.message.text).toContain('https://portal.example-trust.org.uk');
    expect(JSON.stringify(plan)).not.toContain('s3cret-Pa55');
  });

  it('reads the sender domain from either way of writing an address', () => {
    expect(senderDomain('Portal <Portal@Trust.NHS.uk>')).toBe('trust.nhs.uk');
    expect(senderDomain('portal@trust.nhs.uk')).toBe('trust.nhs.uk');
    expect(senderDomain('Portal')).toBeNull();
  });

  it("reads a project's settings file as a deploy does, quotes and comments included", () => {
    const root = mkdtempSync(join(tmpdir(), 'test-send-'));
    mkdirSync(join(root, 'functions'));
    writeFileSync(
      join(root, 'functions/.env.staging'),
      '# the trying-out project\nMAIL_FROM="Portal <portal@trust.nhs.uk>"\nPORTAL_URL=https://staging.trust.nhs.uk\n',
    );
    const base = pathToFileURL(`${root}/`);
    expect(projectSettings('staging', base)).toEqual({
      MAIL_FROM: 'Portal <portal@trust.nhs.uk>',
      PORTAL_URL: 'https://staging.trust.nhs.uk',
    });
    expect(projectSettings('production', base)).toEqual({});
  });
});

describe('npm run test-send against the local services', () => {
  beforeEach(clearInbox);

  it('sends one email through the configured SMTP server to the mail catcher', async () => {
    const { stdout } = await promisify(execFile)(
      'npm',
      [
        'run',
        '--silent',
        'test-send',
        '--',
        '--project',
        'demo-leadership-portal',
        '--to',
        'it.contact@nhs.example.net',
      ],
      { cwd: new URL('../../../', import.meta.url) },
    );
    expect(stdout).toContain(
      'Sent a test email from Collaborative leadership portal <portal@example.org> to it.contact@nhs.example.net through 127.0.0.1:1025.',
    );
    const [email] = await waitForEmails((e) => e.subject.startsWith('Test email from'));
    expect(email?.to[0]?.address).toBe('it.contact@nhs.example.net');
  });

  it('exits with the reason and sends nothing for a real project without settings', async () => {
    const run = promisify(execFile)(
      'npm',
      [
        'run',
        '--silent',
        'test-send',
        '--',
        '--project',
        'no-such-project',
        '--to',
        'it.contact@nhs.example.net',
      ],
      { cwd: new URL('../../../', import.meta.url), env: { ...process.env, SMTP_URL: '' } },
    );
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(
        'Not sent: MAIL_FROM is not set. Put MAIL_FROM="Programme name <portal@your-domain>" in functions/.env.no-such-project.',
      ),
    });
    expect(await caughtEmails()).toEqual([]);
  });
});
