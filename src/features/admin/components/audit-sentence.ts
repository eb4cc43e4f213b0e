import type { AuditRecord } from '@/lib/firestore/audit-schemas';

/** The kinds of staff action, as the filter offers them. */
export const auditActionLabels: Record<string, string> = {
  'programme-team.add': 'Added to the programme team',
  'programme-team.remove': 'Removed from the programme team',
  'facilitator.appoint': 'Facilitator appointed',
  'facilitator.remove': 'Facilitator removed',
  'participant.remove': 'Participant removed',
  'participant.defer': 'Participant deferred to a later cohort',
  'waiting-list.offer': 'Seat offered from the waiting list',
  'completion.confirm': 'Completion of the programme confirmed',
  'completion.withdraw': 'Completion of the programme withdrawn',
  'cohort.archive': 'Cohort archived',
  'cohort.unarchive': 'Cohort unarchived',
  'cohort.create-from': 'Cohort made from another’s timetable',
  'network.hide': 'Network post or reply hidden',
  'network.unhide': 'Network post or reply shown again',
  erasure: 'Data erased',
  'retention.change': 'Retention period changed',
  'retention.delete': 'Cohort content deleted at the end of its retention period',
};

/** "Who did what to whom" in plain English; the screen adds when and in which cohort. */
export function auditSentence(record: AuditRecord): string {
  // A name is the person's own to change; the confirmed address says who it really was.
  const who = record.actor.email
    ? `${record.actor.label} (${record.actor.email})`
    : record.actor.label;
  const whom = record.target?.label ?? 'someone';
  const reason = record.detail?.['reason'];
  const because = typeof reason === 'string' && reason ? `, saying “${reason}”` : '';
  switch (record.action) {
    case 'programme-team.add':
      return `${who} added ${whom} to the programme team`;
    case 'programme-team.remove':
      return `${who} removed ${whom} from the programme team`;
    case 'facilitator.appoint':
      return `${who} appointed ${whom} as a facilitator`;
    case 'facilitator.remove':
      return `${who} removed ${whom} as a facilitator`;
    case 'participant.remove':
      return `${who} removed ${whom} from the cohort`;
    case 'participant.defer':
      return `${who} moved ${whom} to ${String(record.detail?.['toCohortName'] ?? 'a later cohort')}, with their agreement`;
    case 'waiting-list.offer':
      return `${who} offered a seat to ${whom} from the waiting list`;
    case 'completion.confirm':
      return `${who} confirmed that ${whom} completed the programme`;
    case 'completion.withdraw':
      return `${who} withdrew ${whom}’s completion of the programme`;
    case 'cohort.archive':
      return `${who} archived the cohort`;
    case 'cohort.unarchive':
      return `${who} unarchived the cohort`;
    case 'cohort.create-from':
      return `${who} made ${whom} from ${record.detail?.['from'] ?? 'another timetable'}`;
    case 'network.hide':
      return `${who} hid ${whom} on the network noticeboard${because}`;
    case 'network.unhide':
      return `${who} showed ${whom} on the network noticeboard again`;
    case 'erasure': {
      // No count of documents: it would include feedback answers and private entries.
      const where = record.detail?.['from'] === 'command line' ? ' from the command line' : '';
      return `${who} erased ${whom}’s data${where}`;
    }
    case 'retention.change': {
      const months = record.detail?.['months'];
      const previous = record.detail?.['previousMonths'];
      return `${who} changed how long a cohort’s content is kept after it ends from ${previous} to ${months} months`;
    }
    case 'retention.delete':
      return `${who} deleted the cohort’s content, ${record.detail?.['months']} months after it ended`;
    default:
      return `${who}: ${auditActionLabels[record.action] ?? record.action}${record.target ? `, ${whom}` : ''}`;
  }
}
