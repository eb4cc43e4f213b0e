import type { User } from 'firebase/auth';
import { doc, getDoc, getDocs, serverTimestamp, setDoc, writeBatch } from 'firebase/firestore';
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
  const profileRef = doc(db, 'users', user.uid);
  const profile = (await getDoc(profileRef)).data() ?? {};
  // A membership carries the name on one's own profile (the rules check it), so there must be one.
  const displayName = String(profile['displayName'] ?? user.displayName ?? user.email);
  if (!profile['displayName']) await setDoc(profileRef, { displayName }, { merge: true });
  for (const invitation of invitations.docs) {
    const cohortRef = invitation.ref.parent.parent;
    if (!cohortRef) continue;
    const batch = writeBatch(db);
    batch.set(doc(cohortRef, 'members', user.uid), {
      uid: user.uid,
      role: invitation.data().role,
      displayName,
      ...(profile['organisation'] ? { organisation: profile['organisation'] } : {}),
      ...(profile['jobTitle'] ? { jobTitle: profile['jobTitle'] } : {}),
      joinedAt: serverTimestamp(),
    });
    batch.delete(invitation.ref);
    await batch.commit();
  }
  return invitations.size;
}
