import { seedDemoData } from '../../../scripts/seed/seed';

// The same demo data as `npm start`, written fresh for each run.
export default async function globalSetup() {
  await seedDemoData();
}
