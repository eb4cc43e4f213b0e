import { rawDocAt } from './ref-spec';

/** How long cohorts' content is kept (src/lib/retention.ts); read raw, so a bad value falls back. */
export const retentionSettingsDoc = () => rawDocAt('settings', 'retention');
