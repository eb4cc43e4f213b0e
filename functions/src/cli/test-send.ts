// `npm run test-send -- --project <id> --to <address>`: one email through the sender and SMTP
// server a deploy of <id> uses, to check the sender domain's SPF, DKIM and DMARC before the first
// invitation goes. A demo- project uses the emulators' settings and lands in the mail catcher.
import { parseArgs } from 'node:util';
import { localSettings } from '../local-settings';
import { smtpTransport } from '../mail/smtp-transport';
import { planTestSend, projectSettings, TestSendRefused } from '../mail/test-send';

const { values } = parseArgs({
  options: { project: { type: 'string' }, to: { type: 'string' } },
});
if (!values.project || !values.to) {
  console.error('Usage: npm run test-send -- --project <project id or alias> --to <address>');
  process.exit(2);
}
const project = values.project;
const local = project.startsWith('demo-');

try {
  const env = local
    ? localSettings('.env.local')
    : projectSettings(project, new URL('../../../', import.meta.url));
  // A real project's SMTP_URL stays in Secret Manager; it is passed in for this one run only.
  const smtpUrl = local ? localSettings('.secret.local')['SMTP_URL'] : process.env['SMTP_URL'];
  const plan = planTestSend(
    { project, to: values.to, mailFrom: env['MAIL_FROM'], portalUrl: env['PORTAL_URL'], smtpUrl },
    new Date(),
  );
  try {
    await smtpTransport(smtpUrl ?? '').send(plan.message, plan.from);
  } catch (error) {
    throw new TestSendRefused(
      `the SMTP server did not take ${plan.summary}: ${(error as Error).message}`,
    );
  }
  console.log(`Sent ${plan.summary}. Check its headers as the email says.`);
  process.exit(0);
} catch (error) {
  console.error(`Not sent: ${(error as Error).message}`);
  process.exit(1);
}
