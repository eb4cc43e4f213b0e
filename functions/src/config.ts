import { defineSecret, defineString } from 'firebase-functions/params';

// Mail configuration comes from the deployment, never from code. Locally the emulator scripts
// write functions/.secret.local and functions/.env.local pointing at the mail catcher.
export const smtpUrl = defineSecret('SMTP_URL');
export const mailLinkSecret = defineSecret('MAIL_LINK_SECRET');
export const portalUrl = defineString('PORTAL_URL', {
  description: 'The address people open the portal at, e.g. https://portal.example.org',
});
export const mailFrom = defineString('MAIL_FROM', {
  default: 'Collaborative leadership portal <portal@example.org>',
});

export const REGION = 'europe-west2';
