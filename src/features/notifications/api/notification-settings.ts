import { queryOptions, useMutation, useSuspenseQuery } from '@tanstack/react-query';
import { doc, serverTimestamp, setDoc } from 'firebase/firestore';
import { db } from '@/lib/firebase/firestore';
import { readDoc } from '@/lib/firestore/read';
import { notificationSettingsDoc } from '@/lib/firestore/refs';
import { defaultNotificationSettings, type NotificationSettings } from '@/lib/firestore/schemas';
import { queryClient } from '@/lib/query-client';

export const notificationKeys = {
  settings: (uid: string) => ['users', uid, 'notificationSettings'] as const,
};

export type EmailChoices = Omit<NotificationSettings, 'updatedAt'>;

async function fetchSettings(uid: string): Promise<EmailChoices> {
  const { updatedAt: _updatedAt, ...choices } =
    (await readDoc(notificationSettingsDoc(uid))) ?? defaultNotificationSettings;
  return choices;
}

export const notificationSettingsQuery = (uid: string) =>
  queryOptions({ queryKey: notificationKeys.settings(uid), queryFn: () => fetchSettings(uid) });

export const useNotificationSettings = (uid: string) =>
  useSuspenseQuery(notificationSettingsQuery(uid));

export function useSaveNotificationSettings(uid: string) {
  return useMutation({
    mutationFn: (choices: EmailChoices) =>
      setDoc(doc(db, 'notificationSettings', uid), { ...choices, updatedAt: serverTimestamp() }),
    onSuccess: (_result, choices) =>
      queryClient.setQueryData(notificationKeys.settings(uid), choices),
  });
}
