import { defineSecret, defineString } from 'firebase-functions/params';

// Mail configuration comes from the deployment, never from code: the settings from the project's
// functions/.env.<project-id> (see functions/.env.example), the secrets from Secret Manager. Neither
// has a default, so a deploy without them stops at preflight instead of sending from a placeholder.
// Locally the emulator scripts write functions/.secret.local and functions/.env.local pointing at
// the mail catcher.
export const smtpUrl = defineSecret('SMTP_URL');
export const mailLinkSecret = defineSecret('MAIL_LINK_SECRET');
export const portalUrl = defineString('PORTAL_URL', {
  description: 'The address people open the portal at, e.g. https://portal.your-trust.nhs.uk',
});
export const mailFrom = defineString('MAIL_FROM', {
  description:
    "Who the emails are from, on the programme's own domain, e.g. Portal <portal@your-trust.nhs.uk>",
});

export const REGION = 'europe-west2';
