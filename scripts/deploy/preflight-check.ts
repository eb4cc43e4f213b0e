/**
 * What a deploy needs before it starts, checked in one place so `firebase deploy` never stops to
 * ask and never sends the portal out with a placeholder sender or address. `npm run preflight`
 * (scripts/deploy/preflight.ts) reads the files; this decides, so the refusals are unit-tested.
 */

export type PreflightInput = {
  /** The project the deploy is for (`--project`, or firebase-tools' $GCLOUD_PROJECT in a hook). */
  projectId: string | undefined;
  /** functions/.env.<projectId> as firebase-tools parses it, or undefined if there is none. */
  functionsEnv: Record<string, string> | undefined;
  /** The web app's production settings as Vite loads them (.env.production.local and friends). */
  webEnv: Record<string, string>;
};

const WEB_SETTINGS = [
  'VITE_FIREBASE_API_KEY',
  'VITE_FIREBASE_AUTH_DOMAIN',
  'VITE_FIREBASE_PROJECT_ID',
  'VITE_FIREBASE_APP_ID',
] as const;
const SECRETS = ['SMTP_URL', 'MAIL_LINK_SECRET'] as const;
/** Domains reserved for examples (RFC 2606): mail from them is never delivered. */
const EXAMPLE_DOMAIN = /(^|\.)example\.(org|com|net)$|\.(example|test|invalid|localhost)$/i;

/** The address in `Name <address>` or a bare address, if it is one. */
export function senderAddress(value: string): string | undefined {
  const named = /^[^<>]*<([^<>\s]+)>$/.exec(value.trim());
  const address = named ? named[1] : value.trim();
  return address && /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(address) ? address : undefined;
}

export function preflightProblems(input: PreflightInput): string[] {
  const { projectId } = input;
  if (!projectId) {
    return [
      'Say which Firebase project to deploy to: npm run preflight -- --project <project-id>.',
    ];
  }
  const problems: string[] = [];
  const envFile = `functions/.env.${projectId}`;
  if (projectId.startsWith('demo-')) {
    problems.push(
      `${projectId} is a demo- project, which only the local emulators serve: deploy to a real Firebase project.`,
    );
  }

  if (!input.functionsEnv) {
    problems.push(
      `${envFile} is missing: copy functions/.env.example to it and fill in PORTAL_URL and MAIL_FROM.`,
    );
  } else {
    const env = input.functionsEnv;
    const portalUrl = env['PORTAL_URL']?.trim() ?? '';
    if (!portalUrl) {
      problems.push(
        `PORTAL_URL is not set: put the portal's address in ${envFile}, e.g. PORTAL_URL=https://portal.your-trust.nhs.uk`,
      );
    } else {
      let url: URL | undefined;
      try {
        url = new URL(portalUrl);
      } catch {
        url = undefined;
      }
      if (!url || url.protocol !== 'https:' || url.pathname !== '/' || url.search || url.hash) {
        problems.push(
          `PORTAL_URL in ${envFile} must be the portal's https address with no path, e.g. https://portal.your-trust.nhs.uk (it is "${portalUrl}").`,
        );
      } else if (EXAMPLE_DOMAIN.test(url.hostname)) {
        problems.push(
          `PORTAL_URL in ${envFile} is an example address (${url.hostname}): give the address people will open.`,
        );
      }
    }

    const mailFrom = env['MAIL_FROM']?.trim() ?? '';
    const address = senderAddress(mailFrom);
    if (!mailFrom) {
      problems.push(
        `MAIL_FROM is not set: put the sender in ${envFile}, e.g. MAIL_FROM="Collaborative leadership portal <portal@your-trust.nhs.uk>"`,
      );
    } else if (!address) {
      problems.push(
        `MAIL_FROM in ${envFile} is not an email address: write it as "Name <address@domain>" or address@domain (it is "${mailFrom}").`,
      );
    } else if (EXAMPLE_DOMAIN.test(address.split('@')[1] ?? '')) {
      problems.push(
        `MAIL_FROM in ${envFile} sends from ${address.split('@')[1]}, an example domain whose mail is never delivered: use the programme's own domain, with SPF, DKIM and DMARC set up for it.`,
      );
    }

    for (const secret of SECRETS.filter((name) => name in env)) {
      problems.push(
        `${secret} must not be in ${envFile}, which is committed: remove it and keep it in Secret Manager (npx firebase functions:secrets:set ${secret} --project ${projectId}).`,
      );
    }
  }

  const web = input.webEnv;
  for (const name of WEB_SETTINGS.filter((setting) => !web[setting]?.trim())) {
    problems.push(
      `${name} is not set: put the web app's settings from the Firebase console in .env.production.local (see README.md, "Running against a real Firebase project").`,
    );
  }
  const webProject = web['VITE_FIREBASE_PROJECT_ID']?.trim();
  if (webProject && webProject !== projectId) {
    problems.push(
      `The web app is built for ${webProject} but this deploy is to ${projectId}: set VITE_FIREBASE_PROJECT_ID and the other settings in .env.production.local for ${projectId}.`,
    );
  }
  if (web['VITE_USE_EMULATORS']?.trim() === 'true') {
    problems.push(
      'VITE_USE_EMULATORS is true for the production build: remove it from .env.production.local.',
    );
  }
  return problems;
}
