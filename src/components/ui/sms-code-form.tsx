import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import {
  describeSecondFactorError,
  type SecondFactorChallenge,
} from '@/lib/firebase/second-factor-messages';

type Message = { tone: 'error' | 'success'; text: string } | null;

async function textCode(challenge: SecondFactorChallenge, show: (message: Message) => void) {
  show(null);
  try {
    await challenge.send();
    show({ tone: 'success', text: `We have texted a code to ${challenge.phoneHint}.` });
  } catch (error) {
    show({ tone: 'error', text: describeSecondFactorError(error) });
  }
}

/**
 * The second step for an account with a phone as its second factor: the code is texted as soon as
 * the step appears (once, even when React mounts twice in development), and can be sent again.
 */
export function SmsCodeForm({
  challenge,
  onDone,
  idPrefix,
}: {
  challenge: SecondFactorChallenge;
  onDone: () => void;
  idPrefix: string;
}) {
  const [code, setCode] = useState('');
  const [message, setMessage] = useState<Message>(null);
  const [pending, setPending] = useState(false);
  const sent = useRef<SecondFactorChallenge | null>(null);

  const send = () => void textCode(challenge, setMessage);

  useEffect(() => {
    if (sent.current === challenge) return;
    sent.current = challenge;
    void textCode(challenge, setMessage);
  }, [challenge]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!/^\d{6}$/.test(code.trim())) {
      setMessage({ tone: 'error', text: 'Enter the 6-digit code from the text message.' });
      return;
    }
    setPending(true);
    try {
      await challenge.confirm(code);
      onDone();
    } catch (error) {
      setMessage({ tone: 'error', text: describeSecondFactorError(error) });
      setPending(false);
    }
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div className="field">
        <label htmlFor={`${idPrefix}-code`}>Code from the text message</label>
        <p className="hint" id={`${idPrefix}-code-hint`}>
          Your account has a second factor: the 6-digit code we text to {challenge.phoneHint}.
        </p>
        <input
          id={`${idPrefix}-code`}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          aria-describedby={`${idPrefix}-code-hint`}
          aria-invalid={message?.tone === 'error' ? true : undefined}
          value={code}
          onChange={(event) => setCode(event.target.value)}
        />
      </div>
      <p className="actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Checking…' : 'Continue'}
        </button>
        <button type="button" className="button secondary" onClick={send}>
          Send a new code
        </button>
      </p>
    </form>
  );
}
