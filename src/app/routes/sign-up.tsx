import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PublicLayout } from '@/components/layouts/public-layout';
import { paths } from '@/config/paths';
import {
  previewInvitation,
  signUp,
  type InvitationPreview,
} from '@/features/auth/api/sign-up-actions';
import { SignUpForm } from '@/features/auth/components/sign-up-form';
import { recordNoticeShown } from '@/features/notices/api/notice-seen';
import { auth } from '@/lib/firebase/app';
import { firstName } from '@/lib/names';

/** The invitation named by the signed link in the invitation email, once the function answers. */
function useInvitation(email: string, cohortId: string | null, signature: string | null) {
  const [invitation, setInvitation] = useState<InvitationPreview | null>(null);
  useEffect(() => {
    if (!email || !cohortId || !signature) return;
    let current = true;
    previewInvitation({ cohortId, email, signature })
      .then((found) => {
        if (current) setInvitation(found);
      })
      // Without it the page still works: it just cannot name the cohort.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [email, cohortId, signature]);
  return invitation;
}

export function Component() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const email = searchParams.get('email') ?? '';
  const invitation = useInvitation(email, searchParams.get('cohort'), searchParams.get('key'));

  async function afterSignUp() {
    const user = auth.currentUser;
    // The notice linked below is the one they were shown. Not recording it must not stop them:
    // the portal then shows it again on their first visit.
    if (user) {
      await recordNoticeShown(user.uid, user.displayName ?? undefined).catch(() => undefined);
    }
    await navigate(paths.verifyEmail(), { replace: true });
  }

  return (
    <PublicLayout title="Create your account">
      {/* Present from the start, so a screen reader announces the details when they arrive. */}
      <div className="invitation-note" aria-live="polite">
        {invitation && (
          <p className="lead">
            {invitation.person?.name && <>Welcome, {firstName(invitation.person.name)}. </>}
            {invitation.inviterName} invited you to join <strong>{invitation.cohortName}</strong> as
            a {invitation.role}.
          </p>
        )}
        {invitation?.programmeName && <p>It is a cohort of {invitation.programmeName}.</p>}
      </div>
      <p>
        Use the email address your invitation was sent to. We will ask you to confirm it, then add
        you to the cohort.
      </p>
      <SignUpForm
        signUp={signUp}
        initialEmail={email}
        invited={invitation?.person}
        onSignedUp={() => void afterSignUp()}
      />
      <p className="hint">
        The <Link to={paths.privacy()}>privacy notice</Link> says what the portal keeps about you,
        who can read it and how long it is kept.
      </p>
      <p>
        Already have an account? <Link to={paths.signIn()}>Sign in</Link>
      </p>
    </PublicLayout>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
