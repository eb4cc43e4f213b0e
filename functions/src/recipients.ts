import {
  defaultNotificationSettings,
  notificationSettingsSchema,
  type NotificationSettings,
  type Role,
} from '@/lib/firestore/schemas';
import type { Services } from './services';

export type Recipient = {
  uid: string;
  email: string;
  displayName: string;
  role: Role;
  settings: NotificationSettings;
};

export async function settingsOf(
  services: Services,
  uids: string[],
): Promise<Map<string, NotificationSettings>> {
  const result = new Map<string, NotificationSettings>();
  if (uids.length === 0) return result;
  const refs = uids.map((uid) => services.db.collection('notificationSettings').doc(uid));
  for (const snapshot of await services.db.getAll(...refs)) {
    const parsed = notificationSettingsSchema.safeParse(snapshot.data());
    result.set(snapshot.id, parsed.success ? parsed.data : defaultNotificationSettings);
  }
  return result;
}

/** Sign-in addresses for these people; someone whose account is gone gets nothing. */
export async function emailsOf(services: Services, uids: string[]): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  for (let start = 0; start < uids.length; start += 100) {
    const { users } = await services.auth.getUsers(
      uids.slice(start, start + 100).map((uid) => ({ uid })),
    );
    for (const user of users) if (user.email) result.set(user.uid, user.email);
  }
  return result;
}

export type CohortMember = { uid: string; role: Role; displayName: string };

/** Everyone in the cohort, read once per event and shared by its emails and "what's new". */
export async function cohortMembers(services: Services, cohortId: string): Promise<CohortMember[]> {
  const members = await services.db.collection(`cohorts/${cohortId}/members`).get();
  return members.docs.map((doc) => doc.data() as CohortMember);
}

/** These members, in the given roles, with their addresses and email choices. */
export async function cohortRecipients(
  services: Services,
  members: CohortMember[],
  roles: Role[],
): Promise<Recipient[]> {
  const people = members.filter((member) => roles.includes(member.role));
  const uids = people.map((person) => person.uid);
  const [emails, settings] = await Promise.all([
    emailsOf(services, uids),
    settingsOf(services, uids),
  ]);
  return people.flatMap((person) => {
    const email = emails.get(person.uid);
    if (!email) return [];
    return [
      {
        uid: person.uid,
        email,
        displayName: person.displayName,
        role: person.role,
        settings: settings.get(person.uid) ?? defaultNotificationSettings,
      },
    ];
  });
}

export function firstName(displayName: string): string {
  const parts = displayName.replace(/^(Dr|Prof|Professor|Mr|Mrs|Ms|Miss)\.? /, '').split(' ');
  return parts[0] || displayName;
}
