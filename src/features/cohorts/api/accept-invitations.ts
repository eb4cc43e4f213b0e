import type { User } from 'firebase/auth';
import { doc, getDoc, getDocs, writeBatch } from 'firebase/firestore';
import { db, queryRef } from '@/lib/firebase/firestore';
import { pendingInvitationsQuery } from '@/lib/firestore/refs';

/**
 * Joins every cohort that invited this person's verified email address. Each join creates the
 * membership and uses up the invitation in one batch, which is what the rules accept.
 */
export async function acceptPendingInvitations(user: User): Promise<number> {
  if (!user.email || !user.emailVerified) return 0;
  const invitations = await getDocs(queryRef(pendingInvitationsQuery(user.email)));
  if (invitations.empty) return 0;
  const profile = (await getDoc(doc(db, 'users', user.uid))).data() ?? {};
  for (const invitation of invitations.docs) {
    const cohortRef = invitation.ref.parent.parent;
    if (!cohortRef) continue;
    const batch = writeBatch(db);
    batch.set(doc(cohortRef, 'members', user.uid), {
      uid: user.uid,
      role: invitation.data().role,
      displayName: user.displayName ?? profile['displayName'] ?? user.email,
      ...(profile['organisation'] ? { organisation: profile['organisation'] } : {}),
      ...(profile['jobTitle'] ? { jobTitle: profile['jobTitle'] } : {}),
    });
    batch.delete(invitation.ref);
    await batch.commit();
  }
  return invitations.size;
}
