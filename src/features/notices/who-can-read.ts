import {
  accessMatrix,
  expectedAccess,
  type KindName,
  type Role,
} from '../../../firestore/access-matrix';

/** The access table's roles as the privacy notice names them, to the person reading it. */
export const readerNames: Record<Role, string> = {
  admin: 'the programme team',
  facilitator: 'your cohort’s facilitators',
  owner: 'you',
  participant: 'other participants in your cohort',
  otherCohort: 'participants of other cohorts',
  noCohort: 'anyone signed in who is in no cohort',
  signedOut: 'anyone, without signing in',
};

export type ReadingRow = { kind: KindName; what: string; readers: string[] };

/**
 * Who can read each kind of document, straight from firestore/access-matrix.ts (the table the rules
 * tests prove), so the notice cannot say something the rules do not do. A role reads a kind if it
 * may get the document by its path.
 */
export function whoCanRead(): ReadingRow[] {
  return (Object.keys(accessMatrix) as KindName[]).map((kind) => ({
    kind,
    what: accessMatrix[kind].title,
    readers: (Object.keys(readerNames) as Role[])
      .filter((role) => expectedAccess(kind, role, 'get') === true)
      .map((role) => readerNames[role]),
  }));
}
