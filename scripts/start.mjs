// `npm start`: the portal on local emulators with demo data, at a printed address.
import { PROJECT_ID, withEmulators } from './lib/emulators.mjs';

const port = process.env.PORT ?? '5173';
process.env.PORTAL_URL = `http://127.0.0.1:${port}`;
console.log(`Starting the emulators (project ${PROJECT_ID}), seeding demo data, then the portal…`);

const code = await withEmulators(
  `npx tsx scripts/seed/run.ts && npx vite --mode emulator --host 127.0.0.1 --port ${port} --strictPort`,
);
process.exit(code);
