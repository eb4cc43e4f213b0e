// firebase-tools' own reader of functions/.env files, used so the preflight sees what the deploy sees.
declare module 'firebase-tools/lib/functions/env.js' {
  export function parse(data: string): { envs: Record<string, string>; errors: string[] };
}
