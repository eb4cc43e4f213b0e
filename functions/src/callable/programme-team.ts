import { FieldValue } from 'firebase-admin/firestore';
import { recordAudit, type AuditEntry } from '../audit/record';
import type { Services } from '../services';

export type TeamMember = { uid: string; email: string; displayName: string };

export class TeamChangeRefused extends Error {}

/** The callable and `npm run grant-admin` both change the team, so they need only these. */
type TeamServices = Pick<Services, 'db' | 'auth'>;

// The roster mirrors who holds the admin claim, so that two removals at the same moment are
// decided one after the other in a transaction and the last member can never be removed.
const rosterPath = 'programmeTeam/roster';

export async function listProgrammeTeam(services: TeamServices): Promise<TeamMember[]> {
  const holders: TeamMember[] = [];
  let pageToken: string | undefined;
  do {
    const page = await services.auth.listUsers(1000, pageToken);
    for (const user of page.users) {
      if (user.customClaims?.['admin'] === true) {
        holders.push({
          uid: user.uid,
          email: user.email ?? '',
          displayName: user.displayName ?? user.email ?? user.uid,
        });
      }
    }
    pageToken = page.pageToken;
  } while (pageToken);
  return holders.sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/**
 * Grants or removes the admin claim, and records who did it. It takes effect when the person's
 * sign-in token next refreshes (within the hour, or at their next sign-in).
 */
export async function setProgrammeTeam(
  services: TeamServices,
  email: string,
  member: boolean,
  actor: AuditEntry['actor'],
): Promise<TeamMember[]> {
  let user;
  try {
    user = await services.auth.getUserByEmail(email.trim().toLowerCase());
  } catch {
    throw new TeamChangeRefused(
      `Nobody has an account with ${email.trim()} yet. Ask them to sign up first.`,
    );
  }
  // Anyone can sign up with any address without proving it is theirs: granting the team's powers
  // to an unconfirmed account would hand them to whoever registered a future member's address.
  if (member && !user.emailVerified) {
    throw new TeamChangeRefused(
      `${user.email ?? email.trim()} has not confirmed their email address yet. Ask them to open the link in the email the portal sent them, then add them again.`,
    );
  }
  const roster = services.db.doc(rosterPath);
  await services.db.runTransaction(async (transaction) => {
    const snapshot = await transaction.get(roster);
    const uids: string[] = snapshot.exists
      ? (snapshot.get('uids') as string[])
      : (await listProgrammeTeam(services)).map((holder) => holder.uid);
    const next = member
      ? [...new Set([...uids, user.uid])]
      : uids.filter((uid) => uid !== user.uid);
    if (next.length === 0) {
      throw new TeamChangeRefused(
        'This is the last member of the programme team: add someone else before removing them.',
      );
    }
    transaction.set(roster, { uids: next, updatedAt: FieldValue.serverTimestamp() });
    await recordAudit(
      services.db,
      {
        action: member ? 'programme-team.add' : 'programme-team.remove',
        actor,
        target: { uid: user.uid, label: user.displayName ?? user.email ?? user.uid },
      },
      transaction,
    );
  });
  const claims = { ...(user.customClaims ?? {}) };
  if (member) claims['admin'] = true;
  else delete claims['admin'];
  await services.auth.setCustomUserClaims(user.uid, claims);
  // Their next token, an hour at most from now, comes without the claim; the callables ask the
  // account itself meanwhile.
  if (!member) await services.auth.revokeRefreshTokens(user.uid);
  return listProgrammeTeam(services);
}
