import { FieldValue, type DocumentSnapshot } from 'firebase-admin/firestore';
import { checkCompletion, completionRuleOf, directorOf, programmeIsOver } from '@/lib/completion';
import { addDaysIso, formatLongDate, todayIso } from '@/lib/dates';
import { attendanceSchema, memberSchema, type Member } from '@/lib/firestore/schemas';
import { recordAudit, type AuditEntry } from '../audit/record';
import { parseModule } from '../cohort-data';
import type { Services } from '../services';

// A certificate, which a participant takes to their CPD portfolio, rests on the days and hours of
// their confirmation, so this function counts them itself from the cohort's attendance and
// timetable, with the same code the facilitators' screen previews them with (src/lib/completion.ts),
// and the rules let no client write a confirmation (decision 0032).

/** Why a confirmation is refused, in plain English, and whether the caller may ask at all. */
export class CompletionRefused extends Error {
  constructor(
    message: string,
    readonly code: 'permission-denied' | 'failed-precondition' = 'failed-precondition',
  ) {
    super(message);
  }
}

export type CompletionRequest = { cohortId: string; uid: string };
export type CompletionOutcome = {
  outcome: 'confirmed' | 'already-confirmed';
  daysAttended: number;
  hoursAttended: number;
};

/** The request as sent, or null: each id names one document, so a slash is never one. */
export function parseCompletionRequest(given: unknown): CompletionRequest | null {
  const { cohortId, uid } = (given ?? {}) as Record<string, unknown>;
  const isId = (value: unknown): value is string =>
    typeof value === 'string' && value.length > 0 && value.length <= 128 && !value.includes('/');
  return isId(cohortId) && isId(uid) ? { cohortId, uid } : null;
}

const membersOf = (snapshots: DocumentSnapshot[]): Member[] =>
  snapshots.flatMap((doc) => {
    const parsed = memberSchema.safeParse(doc.data());
    return parsed.success ? [parsed.data] : [];
  });

/**
 * Confirms that one participant completed the programme, once module 4 is over and only if they
 * meet the programme's rule. Everything is read and written in one transaction, and a second call
 * finds the confirmation there and changes nothing, so a double click makes one audit record.
 */
export async function confirmCompletion(
  services: Services,
  actor: AuditEntry['actor'],
  { cohortId, uid }: CompletionRequest,
): Promise<CompletionOutcome> {
  const cohortRef = services.db.doc(`cohorts/${cohortId}`);
  const completionRef = cohortRef.collection('completions').doc(uid);
  const today = todayIso(services.now());
  return services.db.runTransaction(async (transaction): Promise<CompletionOutcome> => {
    const [cohort, caller, person, existing, modules, facilitators, attendance, call] =
      await Promise.all([
        transaction.get(cohortRef),
        transaction.get(cohortRef.collection('members').doc(actor.uid)),
        transaction.get(cohortRef.collection('members').doc(uid)),
        transaction.get(completionRef),
        transaction.get(cohortRef.collection('modules')),
        transaction.get(cohortRef.collection('members').where('role', '==', 'facilitator')),
        transaction.get(cohortRef.collection('attendance').doc(uid)),
        transaction.get(cohortRef.collection('directorCalls').doc(uid)),
      ]);
    if (!cohort.exists || caller.get('role') !== 'facilitator') {
      throw new CompletionRefused(
        'Only the cohort’s facilitators confirm who completed the programme.',
        'permission-denied',
      );
    }
    if (cohort.get('archived') === true) {
      throw new CompletionRefused('This cohort is archived: its completions no longer change.');
    }
    const name = String(person.get('displayName') ?? 'This person');
    if (person.get('role') !== 'participant') {
      throw new CompletionRefused('Only a participant of this cohort can complete the programme.');
    }
    const timetable = modules.docs.flatMap((doc) => parseModule(doc.id, doc.data()) ?? []);
    if (!programmeIsOver(timetable, today)) {
      const last = timetable.find((module) => module.number === 4);
      throw new CompletionRefused(
        last
          ? `Module 4 ends on ${formatLongDate(last.days[1])}. Confirm who completed from ${formatLongDate(addDaysIso(last.days[1], 1))}.`
          : 'The timetable has no module 4 yet. Confirm who completed once it is over.',
      );
    }
    if (existing.exists) {
      return {
        outcome: 'already-confirmed',
        daysAttended: existing.get('daysAttended') as number,
        hoursAttended: existing.get('hoursAttended') as number,
      };
    }
    const programmeId = cohort.get('programmeId');
    const policy =
      typeof programmeId === 'string' && programmeId
        ? await transaction.get(services.db.doc(`programmes/${programmeId}/policy/completion`))
        : undefined;
    const marks = attendanceSchema.safeParse(attendance.data());
    const check = checkCompletion(
      completionRuleOf(policy?.data()),
      timetable,
      marks.success ? marks.data.days : {},
      call.get('completed') === true,
    );
    if (!check.completed) {
      throw new CompletionRefused(
        `${name} has not completed the programme: ${check.shortOf.join(', and ')}.`,
      );
    }
    const director = directorOf(membersOf(facilitators.docs), actor.uid);
    if (!director) {
      throw new CompletionRefused('A certificate names a facilitator as programme director.');
    }
    transaction.create(completionRef, {
      uid,
      displayName: name,
      daysAttended: check.daysAttended,
      hoursAttended: check.hoursAttended,
      directorName: director.displayName,
      directorUid: director.uid,
      confirmedBy: actor.uid,
      confirmedAt: FieldValue.serverTimestamp(),
    });
    await recordAudit(
      services.db,
      {
        action: 'completion.confirm',
        actor,
        cohortId,
        target: { uid, label: name },
        detail: { daysAttended: check.daysAttended, hoursAttended: check.hoursAttended },
      },
      transaction,
    );
    return {
      outcome: 'confirmed',
      daysAttended: check.daysAttended,
      hoursAttended: check.hoursAttended,
    };
  });
}

/**
 * Withdraws a confirmation made by mistake; it may be made again. Taking a certificate away is as
 * weighty as giving one, so it is the facilitators' alone and goes in the audit log, once.
 */
export async function withdrawCompletion(
  services: Services,
  actor: AuditEntry['actor'],
  { cohortId, uid }: CompletionRequest,
): Promise<{ outcome: 'withdrawn' | 'already-withdrawn' }> {
  const cohortRef = services.db.doc(`cohorts/${cohortId}`);
  const completionRef = cohortRef.collection('completions').doc(uid);
  return services.db.runTransaction(async (transaction) => {
    const [cohort, caller, completion] = await Promise.all([
      transaction.get(cohortRef),
      transaction.get(cohortRef.collection('members').doc(actor.uid)),
      transaction.get(completionRef),
    ]);
    if (!cohort.exists || caller.get('role') !== 'facilitator') {
      throw new CompletionRefused(
        'Only the cohort’s facilitators withdraw a completion.',
        'permission-denied',
      );
    }
    if (cohort.get('archived') === true) {
      throw new CompletionRefused('This cohort is archived: its completions no longer change.');
    }
    if (!completion.exists) return { outcome: 'already-withdrawn' as const };
    transaction.delete(completionRef);
    await recordAudit(
      services.db,
      {
        action: 'completion.withdraw',
        actor,
        cohortId,
        target: { uid, label: String(completion.get('displayName') ?? uid) },
      },
      transaction,
    );
    return { outcome: 'withdrawn' as const };
  });
}
