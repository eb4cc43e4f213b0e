import type { DocumentSnapshot } from 'firebase/firestore';
import {
  collectionAt,
  docAt,
  limit,
  orderBy,
  queryOf,
  startAfter,
  where,
  type Constraint,
} from './ref-spec';
import { zodConverter } from './converters';
import { auditRecordSchema, auditSettingsSchema } from './audit-schemas';

const converters = {
  record: zodConverter(auditRecordSchema),
  settings: zodConverter(auditSettingsSchema),
};

export const AUDIT_PAGE = 25;

export type AuditFilters = { action?: string; cohortId?: string };

/**
 * A page of the audit log, newest first, and one more record to know whether there is another
 * page. Each filter is an equality on the same order, so firestore/indexes.json has one index per
 * combination.
 */
export function auditLogQuery(filters: AuditFilters = {}, cursor?: DocumentSnapshot) {
  const constraints: Constraint[] = [];
  if (filters.action) constraints.push(where('action', '==', filters.action));
  if (filters.cohortId) constraints.push(where('cohortId', '==', filters.cohortId));
  return queryOf(
    collectionAt(converters.record, 'auditLog'),
    ...constraints,
    orderBy('at', 'desc'),
    ...(cursor ? [startAfter(cursor)] : []),
    limit(AUDIT_PAGE + 1),
  );
}

export const auditSettingsDoc = () => docAt(converters.settings, 'settings', 'audit');
