import { z } from 'zod';

const envSchema = z
  .object({
    VITE_FIREBASE_API_KEY: z.string().min(1),
    VITE_FIREBASE_AUTH_DOMAIN: z.string().min(1),
    VITE_FIREBASE_PROJECT_ID: z.string().min(1),
    VITE_FIREBASE_APP_ID: z.string().min(1),
    VITE_USE_EMULATORS: z.enum(['true', 'false']).default('false'),
    VITE_AUTH_EMULATOR_URL: z.url().default('http://127.0.0.1:9099'),
    VITE_FIRESTORE_EMULATOR_HOST: z
      .string()
      .regex(/^[\w.-]+:\d+$/, 'must look like host:port')
      .default('127.0.0.1:8080'),
  })
  .refine(
    (env) => env.VITE_USE_EMULATORS === 'true' || !env.VITE_FIREBASE_PROJECT_ID.startsWith('demo-'),
    { message: 'A demo- project id only works with the emulators (set VITE_USE_EMULATORS=true)' },
  );

export type Env = {
  firebase: { apiKey: string; authDomain: string; projectId: string; appId: string };
  useEmulators: boolean;
  authEmulatorUrl: string;
  firestoreEmulator: { host: string; port: number };
};

export function parseEnv(raw: Record<string, unknown>): Env {
  const result = envSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `${issue.path.join('.') || 'env'}: ${issue.message}`)
      .join('; ');
    throw new Error(`The portal's Firebase settings are incomplete. ${problems}. See README.md.`);
  }
  const env = result.data;
  const [host = '127.0.0.1', port = '8080'] = env.VITE_FIRESTORE_EMULATOR_HOST.split(':');
  return {
    firebase: {
      apiKey: env.VITE_FIREBASE_API_KEY,
      authDomain: env.VITE_FIREBASE_AUTH_DOMAIN,
      projectId: env.VITE_FIREBASE_PROJECT_ID,
      appId: env.VITE_FIREBASE_APP_ID,
    },
    useEmulators: env.VITE_USE_EMULATORS === 'true',
    authEmulatorUrl: env.VITE_AUTH_EMULATOR_URL,
    firestoreEmulator: { host, port: Number(port) },
  };
}
