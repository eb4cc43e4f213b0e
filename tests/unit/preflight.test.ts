import { describe, expect, it } from 'vitest';
import {
  preflightProblems,
  senderAddress,
  type PreflightInput,
} from '../../scripts/deploy/preflight-check';

const ready: PreflightInput = {
  projectId: 'leadership-portal-prod',
  functionsEnv: {
    PORTAL_URL: 'https://portal.leadership.nhs.uk',
    MAIL_FROM: 'Collaborative leadership portal <portal@leadership.nhs.uk>',
  },
  webEnv: {
    VITE_FIREBASE_API_KEY: 'AIza-key',
    VITE_FIREBASE_AUTH_DOMAIN: 'leadership-portal-prod.firebaseapp.com',
    VITE_FIREBASE_PROJECT_ID: 'leadership-portal-prod',
    VITE_FIREBASE_APP_ID: '1:123:web:abc',
  },
};
const withFunctionsEnv = (env: Record<string, string>): PreflightInput => ({
  ...ready,
  functionsEnv: { ...ready.functionsEnv, ...env },
});
const without = (record: Record<string, string> | undefined, key: string) =>
  Object.fromEntries(Object.entries(record ?? {}).filter(([k]) => k !== key));

describe('deploy preflight', () => {
  it('lets a complete, real configuration through', () => {
    expect(preflightProblems(ready)).toEqual([]);
    expect(preflightProblems(withFunctionsEnv({ MAIL_FROM: 'portal@leadership.nhs.uk' }))).toEqual(
      [],
    );
  });

  it('asks which project when none is given', () => {
    expect(preflightProblems({ ...ready, projectId: undefined })).toEqual([
      'Say which Firebase project to deploy to: npm run preflight -- --project <project-id>.',
    ]);
  });

  it('refuses a demo- project', () => {
    const problems = preflightProblems({
      ...ready,
      projectId: 'demo-leadership-portal',
      webEnv: { ...ready.webEnv, VITE_FIREBASE_PROJECT_ID: 'demo-leadership-portal' },
    });
    expect(problems).toEqual([
      'demo-leadership-portal is a demo- project, which only the local emulators serve: deploy to a real Firebase project.',
    ]);
  });

  it("refuses when the project's functions settings file is missing, naming it", () => {
    expect(preflightProblems({ ...ready, functionsEnv: undefined })).toEqual([
      'functions/.env.leadership-portal-prod is missing: copy functions/.env.example to it and fill in PORTAL_URL and MAIL_FROM.',
    ]);
  });

  it.each(['PORTAL_URL', 'MAIL_FROM'])(
    'refuses a missing %s and says which file it goes in',
    (key) => {
      const problems = preflightProblems({
        ...ready,
        functionsEnv: without(ready.functionsEnv, key),
      });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(
        new RegExp(`^${key} is not set: .* functions/\\.env\\.leadership-portal-prod`),
      );
    },
  );

  it('treats an empty value, as in the example file, as missing', () => {
    expect(preflightProblems(withFunctionsEnv({ PORTAL_URL: '', MAIL_FROM: ' ' }))).toEqual([
      expect.stringMatching(/^PORTAL_URL is not set/),
      expect.stringMatching(/^MAIL_FROM is not set/),
    ]);
  });

  it.each([
    'Collaborative leadership portal <portal@example.org>',
    'portal@example.com',
    'Portal <noreply@mail.example.org>',
  ])('refuses the example sender %s', (sender) => {
    expect(preflightProblems(withFunctionsEnv({ MAIL_FROM: sender }))).toEqual([
      expect.stringMatching(
        /^MAIL_FROM in functions\/\.env\.leadership-portal-prod sends from .*example\.(org|com), an example domain/,
      ),
    ]);
  });

  it('refuses a sender that is not an address', () => {
    expect(preflightProblems(withFunctionsEnv({ MAIL_FROM: 'The programme team' }))).toEqual([
      expect.stringMatching(
        /^MAIL_FROM in functions\/\.env\.leadership-portal-prod is not an email address/,
      ),
    ]);
  });

  it.each([
    'http://portal.leadership.nhs.uk',
    'portal.leadership.nhs.uk',
    'https://portal.leadership.nhs.uk/app',
  ])('refuses the portal address %s', (address) => {
    expect(preflightProblems(withFunctionsEnv({ PORTAL_URL: address }))).toEqual([
      expect.stringMatching(
        /^PORTAL_URL in functions\/\.env\.leadership-portal-prod must be the portal's https address/,
      ),
    ]);
  });

  it('accepts the address with a trailing slash, which the functions strip', () => {
    expect(
      preflightProblems(withFunctionsEnv({ PORTAL_URL: 'https://portal.leadership.nhs.uk/' })),
    ).toEqual([]);
  });

  it('refuses an example portal address', () => {
    expect(
      preflightProblems(withFunctionsEnv({ PORTAL_URL: 'https://portal.example.org' })),
    ).toEqual([expect.stringMatching(/^PORTAL_URL .* is an example address/)]);
  });

  it('refuses a secret written into the committed settings file', () => {
    expect(
      preflightProblems(withFunctionsEnv({ SMTP_URL: 'smtps://u:p@smtp.nhs.net:465' })),
    ).toEqual([
      'SMTP_URL must not be in functions/.env.leadership-portal-prod, which is committed: remove it and keep it in Secret Manager (npx firebase functions:secrets:set SMTP_URL --project leadership-portal-prod).',
    ]);
  });

  it.each([
    'VITE_FIREBASE_API_KEY',
    'VITE_FIREBASE_AUTH_DOMAIN',
    'VITE_FIREBASE_PROJECT_ID',
    'VITE_FIREBASE_APP_ID',
  ])('refuses a missing web app setting %s, pointing to .env.production.local', (key) => {
    expect(preflightProblems({ ...ready, webEnv: without(ready.webEnv, key) })).toEqual([
      expect.stringMatching(new RegExp(`^${key} is not set: .*\\.env\\.production\\.local`)),
    ]);
  });

  it('refuses a web app built for another project, or for the emulators', () => {
    expect(
      preflightProblems({
        ...ready,
        webEnv: { ...ready.webEnv, VITE_FIREBASE_PROJECT_ID: 'leadership-portal-test' },
      }),
    ).toEqual([
      'The web app is built for leadership-portal-test but this deploy is to leadership-portal-prod: set VITE_FIREBASE_PROJECT_ID and the other settings in .env.production.local for leadership-portal-prod.',
    ]);
    expect(
      preflightProblems({ ...ready, webEnv: { ...ready.webEnv, VITE_USE_EMULATORS: 'true' } }),
    ).toEqual([
      'VITE_USE_EMULATORS is true for the production build: remove it from .env.production.local.',
    ]);
  });

  it('reads the address out of a named sender', () => {
    expect(senderAddress('Portal <portal@leadership.nhs.uk>')).toBe('portal@leadership.nhs.uk');
    expect(senderAddress('portal@leadership.nhs.uk')).toBe('portal@leadership.nhs.uk');
    expect(senderAddress('Portal <portal@>')).toBeUndefined();
    expect(senderAddress('Portal portal@leadership.nhs.uk')).toBeUndefined();
  });
});
