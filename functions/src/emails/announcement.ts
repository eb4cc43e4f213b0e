import { ledgerId, sendOnce } from '../mail/ledger';
import { programmeNameOf } from '../cohort-data';
import { renderLetter, type Block } from '../mail/layout';
import { cohortRecipients, firstName, type CohortMember } from '../recipients';
import { linksFor, type Services } from '../services';

type AnnouncementData = {
  title: string;
  body: string;
  authorUid: string;
  authorName: string;
  emailText?: boolean;
};

/** A new announcement reaches every other member who has announcements on. */
export async function sendAnnouncement(
  services: Services,
  cohortId: string,
  announcementId: string,
  announcement: AnnouncementData,
  members: CohortMember[],
): Promise<number> {
  const cohort = await services.db.doc(`cohorts/${cohortId}`).get();
  if (!cohort.exists || cohort.get('archived') === true) return 0;
  const cohortName = cohort.get('name') as string;
  const [recipients, programme] = await Promise.all([
    cohortRecipients(services, members, ['participant', 'facilitator']),
    programmeNameOf(services, cohortId),
  ]);
  const url = `${services.portalUrl}/cohorts/${encodeURIComponent(cohortId)}`;
  let sent = 0;
  for (const person of recipients) {
    if (person.uid === announcement.authorUid || !person.settings.announcements) continue;
    const body: Block[] =
      announcement.emailText && announcement.body.trim()
        ? announcement.body
            .split(/\n{2,}/)
            .map((text) => ({ type: 'paragraph', text: text.trim() }))
        : [{ type: 'paragraph', text: "Read it on the portal's dashboard." }];
    const message = renderLetter(
      {
        to: person.email,
        subject: `${announcement.title} — ${cohortName}`,
        programme,
        greeting: `Dear ${firstName(person.displayName)},`,
        blocks: [
          {
            type: 'paragraph',
            text: `${announcement.authorName} posted an announcement for ${cohortName}:`,
          },
          { type: 'heading', text: announcement.title },
          ...body,
          { type: 'link', label: 'Open the portal', url },
        ],
        reason: `You get this email because you are a member of ${cohortName} and announcements are on.`,
        optOut: { uid: person.uid, kind: 'announcements' },
      },
      linksFor(services),
    );
    const id = ledgerId('announcement', cohortId, announcementId, person.uid);
    if (await sendOnce(services, { id, kind: 'announcements', recipientUid: person.uid, message }))
      sent += 1;
  }
  return sent;
}
