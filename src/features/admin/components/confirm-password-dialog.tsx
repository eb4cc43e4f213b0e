import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Form, SubmitButton, TextField, failed, invalid } from '@/components/form';
import { SmsCodeForm } from '@/components/ui/sms-code-form';
import { secondFactorChallenge } from '@/lib/firebase/second-factor';
import type { SecondFactorChallenge } from '@/lib/firebase/second-factor-messages';
import { confirmPassword, describeConfirmError, needsRecentSignIn } from '../api/recent-sign-in';

type Asking = { retry: () => void; cancel: () => void };

/**
 * Runs a change that needs a recent sign-in; when the function says the sign-in is too old, asks
 * for the password (as GitHub's "sudo mode" does) and tries the change once more. Cancelling
 * rejects with a message saying nothing changed.
 */
export function useRecentSignIn(): {
  run: <T>(action: () => Promise<T>) => Promise<T>;
  dialog: ReactNode;
} {
  const [asking, setAsking] = useState<Asking | null>(null);
  const run = useCallback(
    <T,>(action: () => Promise<T>) =>
      action().catch((error: unknown) => {
        if (!needsRecentSignIn(error)) throw error;
        return new Promise<T>((resolve, reject) => {
          setAsking({
            retry: () => {
              setAsking(null);
              action().then(resolve, reject);
            },
            cancel: () => {
              setAsking(null);
              reject(new Error('Nothing was changed: your password was not entered again.'));
            },
          });
        });
      }),
    [],
  );
  const dialog = asking ? (
    <ConfirmPasswordDialog onConfirmed={asking.retry} onCancel={asking.cancel} />
  ) : null;
  return { run, dialog };
}

function ConfirmPasswordDialog({
  onConfirmed,
  onCancel,
}: {
  onConfirmed: () => void;
  onCancel: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  const [challenge, setChallenge] = useState<SecondFactorChallenge | null>(null);
  const [password, setPassword] = useState('');

  async function confirm() {
    if (!password) return invalid({ 'confirm-password': 'Enter your password.' });
    try {
      await confirmPassword(password);
    } catch (failure) {
      const secondStep = secondFactorChallenge(failure);
      if (!secondStep) return failed(describeConfirmError(failure));
      setChallenge(secondStep);
      return;
    }
    onConfirmed();
  }

  return (
    <dialog
      ref={dialog}
      className="card dialog"
      aria-labelledby="confirm-password-heading"
      aria-describedby="confirm-password-explanation"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="confirm-password-heading">Enter your password again</h2>
      <p id="confirm-password-explanation">
        Erasing someone’s data and changing the programme team need your password from the last five
        minutes, so nobody can do it from a computer you left signed in.
      </p>
      {challenge ? (
        <>
          <SmsCodeForm challenge={challenge} onDone={onConfirmed} idPrefix="confirm" />
          <p className="actions">
            <button type="button" className="button secondary" onClick={onCancel}>
              Cancel
            </button>
          </p>
        </>
      ) : (
        <Form onSubmit={confirm} failure="Your password could not be checked. Try again.">
          <TextField
            id="confirm-password"
            name="password"
            label="Your password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
          />
          <p className="actions">
            <SubmitButton pendingLabel="Checking…">Confirm and continue</SubmitButton>
            <button type="button" className="button secondary" onClick={onCancel}>
              Cancel
            </button>
          </p>
        </Form>
      )}
    </dialog>
  );
}
