import {
  FieldValue,
  Timestamp,
  type CollectionReference,
  type DocumentReference,
} from 'firebase-admin/firestore';
import { paths } from '@/config/paths';
import { addDaysIso, formatLongDate, todayIso } from '@/lib/dates';
import {
  cohortMonthsOf,
  deletionDate,
  dueWarning,
  earliestDeletion,
  RETENTION_WARNING_DAYS,
  type RetentionPlan,
} from '@/lib/retention';
import { recordAudit } from '../audit/record';
import { cohortFilesPrefix, filesBucket } from '../files/bucket';
import { claim, deliver, ledgerId } from '../mail/ledger';
import { renderLetter } from '../mail/layout';
import { cohortMembers, emailsOf, firstName } from '../recipients';
import { linksFor, type Services } from '../services';

/**
 * What a cohort's deletion removes, as its members and the programme team are told. Memberships
 * and the timetable stay: they hold names and roles, not anyone's writing, and the national
 * network, which alumni keep, is reached through them. The cohort document keeps its name, dates
 * and how many took part.
 */
export const COHORT_CONTENT = {
  journal: 'Journal entries and the replies to them',
  goals: 'Goals and their check-ins',
  directorCalls: 'Director-call records',
  directorCallNotes: 'Facilitators’ notes from director calls',
  attendance: 'Attendance',
  moduleFeedback: 'Feedback answers',
  feedbackSummaries: 'Feedback summaries',
  announcements: 'Announcements',
  materials: 'Pre-reading materials',
  readings: 'Reading records and takeaways',
  invitations: 'Invitations',
  whatsNew: '“What’s new” lists',
} as const;
type ContentCollection = keyof typeof COHORT_CONTENT;
/** The objects in the bucket under the cohort's prefix: files attached to materials and announcements. */
export const COHORT_FILES = 'Files attached to pre-reading and announcements';
const SUBCOLLECTIONS: Partial<Record<ContentCollection, string[]>> = { journal: ['comments'] };

const MAX_BATCH = 500;
const PAGE = 200;

/**
 * Kept on the cohort when its first warning goes: the day the schedule gave, and the day members
 * were told, so nobody is told one day and loses their writing on an earlier one.
 */
type RetentionNotice = { scheduled: string; deleteOn: string };

type CohortRecord = {
  id: string;
  name: string;
  endDate: string;
  deletedAt: Date | null;
  notice: RetentionNotice | null;
};

/** `warned`: warnings claimed in the ledger by this run (each sent, or owed a retry). */
export type RetentionSummary = { warned: number; deletedCohorts: string[] };

export async function cohortMonths(services: Pick<Services, 'db'>): Promise<number> {
  return cohortMonthsOf((await services.db.doc('settings/retention').get()).data());
}

function cohortOf(id: string, data: Record<string, unknown> | undefined): CohortRecord | null {
  if (typeof data?.['endDate'] !== 'string' || typeof data['name'] !== 'string') return null;
  const deleted = data['contentDeletedAt'];
  const notice = data['retentionNotice'] as Partial<RetentionNotice> | undefined;
  return {
    id,
    name: data['name'],
    endDate: data['endDate'],
    deletedAt: deleted instanceof Timestamp ? deleted.toDate() : null,
    notice:
      typeof notice?.scheduled === 'string' && typeof notice.deleteOn === 'string'
        ? { scheduled: notice.scheduled, deleteOn: notice.deleteOn }
        : null,
  };
}

/**
 * The day a cohort's content goes: the day its members were told, while the schedule still gives
 * the day it gave then; otherwise the scheduled day, or later if that leaves too little notice.
 */
function dayOf(cohort: CohortRecord, months: number, today: string) {
  const scheduled = deletionDate(cohort.endDate, months);
  const told = cohort.notice?.scheduled === scheduled ? cohort.notice.deleteOn : null;
  return { scheduled, told, on: told ?? earliestDeletion(scheduled, today) };
}

async function participantCount(services: Pick<Services, 'db'>, cohortId: string) {
  const members = await services.db
    .collection(`cohorts/${cohortId}/members`)
    .where('role', '==', 'participant')
    .get();
  return members.size;
}

/**
 * Counts what will go, the way the erasure preview does: nothing the rules hide from staff, so
 * neither private entries (nor replies to them) nor feedback answers are counted.
 */
async function countContent(services: Pick<Services, 'db'>, cohortId: string) {
  const counts: Record<string, number> = {};
  const base = services.db.doc(`cohorts/${cohortId}`);
  for (const name of Object.keys(COHORT_CONTENT) as ContentCollection[]) {
    if (name === 'moduleFeedback') continue;
    const docs = (await base.collection(name).get()).docs;
    if (name === 'journal') {
      const shared = docs.filter((entry) => entry.get('visibility') !== 'private');
      counts[COHORT_CONTENT.journal] = shared.length;
      let replies = 0;
      for (const entry of shared) replies += (await entry.ref.collection('comments').get()).size;
      counts['Replies to those entries'] = replies;
      continue;
    }
    counts[COHORT_CONTENT[name]] = docs.length;
  }
  const [files] = await filesBucket().getFiles({ prefix: cohortFilesPrefix(cohortId) });
  counts[COHORT_FILES] = files.length;
  return {
    counts,
    alsoDeleted: [
      'Private journal entries and the replies to them (never counted for staff)',
      `${COHORT_CONTENT.moduleFeedback} (never counted, so none can be traced to a person)`,
    ],
  };
}

/** The dry run the programme team sees on /admin: what will go, and when. */
export async function planCohortRetention(
  services: Pick<Services, 'db' | 'now'>,
  cohortId: string,
): Promise<RetentionPlan | null> {
  const snapshot = await services.db.doc(`cohorts/${cohortId}`).get();
  const cohort = cohortOf(snapshot.id, snapshot.data());
  if (!cohort) return null;
  const months = await cohortMonths(services);
  const { on } = dayOf(cohort, months, todayIso(services.now()));
  const { counts, alsoDeleted } = await countContent(services, cohortId);
  return {
    cohortId,
    name: cohort.name,
    endDate: cohort.endDate,
    months,
    deletionDate: on,
    warnings: RETENTION_WARNING_DAYS.map((lead) => addDaysIso(on, -lead)),
    counts,
    alsoDeleted,
    participants: await participantCount(services, cohortId),
    deletedAt: cohort.deletedAt ? cohort.deletedAt.toISOString() : null,
  };
}

async function sendWarnings(
  services: Services,
  cohort: CohortRecord,
  on: string,
  lead: number,
): Promise<number> {
  const members = await cohortMembers(services, cohort.id);
  const emails = await emailsOf(
    services,
    members.map((member) => member.uid),
  );
  const cohortLink = (path: string) => `${services.portalUrl}${path}`;
  let claimed = 0;
  for (const member of members) {
    const email = emails.get(member.uid);
    if (!email) continue;
    const message = renderLetter(
      {
        to: email,
        subject: `What you wrote in ${cohort.name} will be deleted on ${formatLongDate(on)}`,
        greeting: `Dear ${firstName(member.displayName || 'colleague')},`,
        blocks: [
          {
            type: 'paragraph',
            text: `${cohort.name} ended on ${formatLongDate(cohort.endDate)}. The programme keeps a cohort's content for a set time after it ends, and on ${formatLongDate(on)} the portal deletes it for everyone in the cohort. It cannot be brought back.`,
          },
          { type: 'heading', text: 'What will be deleted' },
          { type: 'list', items: [...Object.values(COHORT_CONTENT), COHORT_FILES] },
          {
            type: 'paragraph',
            text: 'Your account, the cohort’s name and dates, and your national network profile stay.',
          },
          { type: 'heading', text: 'Keep a copy before then' },
          {
            type: 'link',
            label: 'Download your learning record',
            url: cohortLink(paths.learningRecord(cohort.id)),
          },
          {
            type: 'link',
            label: 'Download all your data',
            url: cohortLink(paths.yourData(cohort.id)),
          },
        ],
        reason: `You get this email because you were a ${member.role} in ${cohort.name}. It cannot be turned off, because it is about your own data.`,
      },
      linksFor(services),
    );
    const id = ledgerId('retention-warning', cohort.id, on, `${lead}-days`, member.uid);
    // Counted once claimed: a send that fails is the ledger's to try again, on the next runs.
    if (
      !(await claim(services, { id, kind: 'retentionWarning', recipientUid: member.uid, message }))
    )
      continue;
    claimed += 1;
    await deliver(services, id);
  }
  return claimed;
}

/** Every document of a collection and the subcollections named for it, children first. */
async function deleteCollection(
  services: Pick<Services, 'db'>,
  collection: CollectionReference,
  subcollections: string[],
): Promise<number> {
  let deleted = 0;
  for (;;) {
    const page = await collection.limit(PAGE).get();
    if (page.empty) return deleted + (await deleteOrphans(services, collection, subcollections));
    const refs: DocumentReference[] = [];
    for (const doc of page.docs) {
      for (const sub of subcollections)
        refs.push(...(await doc.ref.collection(sub).listDocuments()));
      refs.push(doc.ref);
    }
    // Batches commit in order, so an entry goes only after its replies; a run cut short leaves
    // whole entries to the next, which finds them again.
    for (let start = 0; start < refs.length; start += MAX_BATCH) {
      const batch = services.db.batch();
      for (const ref of refs.slice(start, start + MAX_BATCH)) batch.delete(ref);
      await batch.commit();
    }
    deleted += refs.length;
  }
}

/**
 * Replies left under an entry that is gone (its author deleted it when they could no longer read
 * its replies): no query finds their parent, but listDocuments names it.
 */
async function deleteOrphans(
  services: Pick<Services, 'db'>,
  collection: CollectionReference,
  subcollections: string[],
): Promise<number> {
  if (subcollections.length === 0) return 0;
  const refs: DocumentReference[] = [];
  for (const parent of await collection.listDocuments()) {
    for (const sub of subcollections) refs.push(...(await parent.collection(sub).listDocuments()));
  }
  for (let start = 0; start < refs.length; start += MAX_BATCH) {
    const batch = services.db.batch();
    for (const ref of refs.slice(start, start + MAX_BATCH)) batch.delete(ref);
    await batch.commit();
  }
  return refs.length;
}

/**
 * Deletes a cohort's content and marks the cohort, once: the mark and the audit record are
 * written together, so a second run, or a run after one that stopped half-way, deletes what is
 * left and records nothing more.
 */
async function deleteCohortContent(services: Services, cohort: CohortRecord, months: number) {
  const { counts } = await countContent(services, cohort.id);
  const base = services.db.doc(`cohorts/${cohort.id}`);
  // By the cohort's prefix, so uploads never confirmed (recorded nowhere) go too.
  await filesBucket().deleteFiles({ prefix: cohortFilesPrefix(cohort.id) });
  for (const name of Object.keys(COHORT_CONTENT) as ContentCollection[]) {
    await deleteCollection(services, base.collection(name), SUBCOLLECTIONS[name] ?? []);
  }
  // The calendar feed's ledger keeps each director call's time (decision 0034): it goes with the
  // calls. The timetable stays, and so do its events.
  const calls = (
    await services.db.collection(`calendarLedger/${cohort.id}/events`).listDocuments()
  ).filter((ref) => ref.id.startsWith('call-'));
  for (let start = 0; start < calls.length; start += MAX_BATCH) {
    const batch = services.db.batch();
    for (const ref of calls.slice(start, start + MAX_BATCH)) batch.delete(ref);
    await batch.commit();
  }
  const participants = await participantCount(services, cohort.id);
  return services.db.runTransaction(async (transaction) => {
    const current = await transaction.get(base);
    if (current.get('contentDeletedAt')) return false;
    // With the invitations gone, the seats taken are the participants alone.
    transaction.update(base, {
      archived: true,
      contentDeletedAt: Timestamp.fromDate(services.now()),
      participantCount: participants,
      seatsTaken: participants,
    });
    await recordAudit(
      services.db,
      {
        action: 'retention.delete',
        actor: { uid: 'retention-schedule', label: 'The retention schedule' },
        cohortId: cohort.id,
        target: { label: cohort.name },
        detail: { months, participants, ...counts },
      },
      transaction,
    );
    return true;
  });
}

/**
 * The daily job's retention step: each cohort is warned 60 and 14 days before the day its
 * content goes (endDate plus the team's months), and deleted on that day or the first run after,
 * never without the 14-day warning first. Warnings are claimed in the ledger under the deletion
 * date, so a rerun sends nothing more and a changed period warns again with the new date.
 */
export async function runCohortRetention(services: Services): Promise<RetentionSummary> {
  const months = await cohortMonths(services);
  const today = todayIso(services.now());
  const summary: RetentionSummary = { warned: 0, deletedCohorts: [] };
  for (const snapshot of (await services.db.collection('cohorts').get()).docs) {
    const cohort = cohortOf(snapshot.id, snapshot.data());
    if (!cohort || cohort.deletedAt) continue;
    const { scheduled, told, on } = dayOf(cohort, months, today);
    if (told && today >= told) {
      if (await deleteCohortContent(services, cohort, months))
        summary.deletedCohorts.push(cohort.id);
      continue;
    }
    const lead = dueWarning(on, services.now());
    // A notice for a day the schedule no longer gives is forgotten, so a schedule that later
    // returns to that day warns again rather than deleting on an old warning.
    if (!told && cohort.notice) {
      await services.db
        .doc(`cohorts/${cohort.id}`)
        .update({ retentionNotice: FieldValue.delete() });
    }
    if (!lead) continue;
    if (!told) {
      const notice: RetentionNotice = { scheduled, deleteOn: on };
      await services.db.doc(`cohorts/${cohort.id}`).update({ retentionNotice: notice });
    }
    summary.warned += await sendWarnings(services, cohort, on, lead);
  }
  return summary;
}
