type FirebaseConfig = {
  hosting: { headers: { source: string; headers: { key: string; value: string }[] }[] };
  emulators: Record<string, { host: string; port: number }>;
};

export const REHEARSAL_CONFIG: string;
export function emulatorOrigins(config: FirebaseConfig): string[];
export function hostingOrigin(config: FirebaseConfig): string;
export function rehearsalConfig<Config extends FirebaseConfig>(config: Config): Config;
export function writeRehearsalConfig(root: string): { file: string; hostingUrl: string };
