import { useState } from 'react';
import { useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import { PublicLayout } from '@/components/layouts/public-layout';
import { Alert } from '@/components/ui/alert';
import { paths } from '@/config/paths';
import {
  describeRequestError,
  requestVerificationEmail,
} from '@/features/auth/api/account-actions';
import { refreshVerification } from '@/features/auth/api/session-actions';
import { requireUser } from '@/lib/firebase/session';

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { email: user.email ?? 'your email address' };
}

export function Component() {
  const { email } = useLoaderData<typeof loader>();
  const navigate = useNavigate();
  const [message, setMessage] = useState<{
    tone: 'error' | 'success' | 'info';
    text: string;
  } | null>(null);

  async function handleContinue() {
    if (await refreshVerification()) {
      navigate(paths.home(), { replace: true });
    } else {
      setMessage({
        tone: 'error',
        text: 'Your email address is not confirmed yet. Open the link in the email, then try again.',
      });
    }
  }

  async function handleResend() {
    try {
      const outcome = await requestVerificationEmail(paths.home());
      if (outcome === 'already-verified') {
        await handleContinue();
        return;
      }
      setMessage(
        outcome === 'sent'
          ? { tone: 'success', text: `We have sent another link to ${email}.` }
          : {
              tone: 'info',
              text: `We sent a link to ${email} less than five minutes ago. It can take a few minutes to arrive; check your junk folder too, or ask again after five minutes.`,
            },
      );
    } catch (caught) {
      setMessage({ tone: 'error', text: describeRequestError(caught) });
    }
  }

  return (
    <PublicLayout title="Confirm your email address">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <p>
        We have sent a link to <strong>{email}</strong>. Open it to confirm the address is yours;
        then your invitation can be used and you will join your cohort.
      </p>
      <p className="actions">
        <button type="button" className="button" onClick={handleContinue}>
          I have confirmed it – continue
        </button>
        <button type="button" className="button secondary" onClick={handleResend}>
          Send the link again
        </button>
      </p>
    </PublicLayout>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
