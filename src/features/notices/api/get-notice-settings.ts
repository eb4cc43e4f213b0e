import { queryOptions } from '@tanstack/react-query';
import { DEFAULT_COHORT_MONTHS } from '@/lib/retention';
import { readDoc } from '@/lib/firestore/read';
import { privacySettingsDoc, retentionSettingsDoc } from '@/lib/firestore/notices-refs';
import type { Controller } from '../components/privacy-notice';

export type NoticeSettings = { controller: Controller | null; cohortMonths: number };

/**
 * What the programme team set that the public notices state: the controller, and how long a
 * cohort's content is kept. Both documents are public; a missing one means the default.
 */
async function fetchNoticeSettings(): Promise<NoticeSettings> {
  const [privacy, retention] = await Promise.all([
    readDoc(privacySettingsDoc()),
    readDoc(retentionSettingsDoc()),
  ]);
  return {
    controller: privacy
      ? {
          controllerName: privacy.controllerName,
          contactEmail: privacy.contactEmail,
          dpoContact: privacy.dpoContact,
        }
      : null,
    cohortMonths: retention?.cohortMonthsAfterEnd ?? DEFAULT_COHORT_MONTHS,
  };
}

export const noticeSettingsQuery = () =>
  queryOptions({ queryKey: ['settings', 'notices'] as const, queryFn: fetchNoticeSettings });
