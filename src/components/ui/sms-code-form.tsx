import { useEffect, useRef, useState } from 'react';
// The kit's modules, not its index: the sign-in page must not load the choice fields.
import { TextField } from '@/components/form/fields';
import { Form, SubmitButton, failed, invalid } from '@/components/form/form';
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
  const [sending, setSending] = useState<Message>(null);
  const sent = useRef<SecondFactorChallenge | null>(null);
  const codeId = `${idPrefix}-code`;

  useEffect(() => {
    if (sent.current === challenge) return;
    sent.current = challenge;
    void textCode(challenge, setSending);
  }, [challenge]);

  async function submit() {
    if (!/^\d{6}$/.test(code.trim()))
      return invalid({ [codeId]: 'Enter the 6-digit code from the text message.' });
    try {
      await challenge.confirm(code);
    } catch (error) {
      return failed(describeSecondFactorError(error));
    }
    onDone();
  }

  return (
    <Form onSubmit={submit} failure="The code could not be checked. Try again.">
      {sending && <Alert tone={sending.tone}>{sending.text}</Alert>}
      <TextField
        id={codeId}
        name="code"
        label="Code from the text message"
        hint={`Your account has a second factor: the 6-digit code we text to ${challenge.phoneHint}.`}
        inputMode="numeric"
        autoComplete="one-time-code"
        value={code}
        onChange={setCode}
      />
      <p className="actions">
        <SubmitButton pendingLabel="Checking…">Continue</SubmitButton>
        <button
          type="button"
          className="button secondary"
          onClick={() => void textCode(challenge, setSending)}
        >
          Send a new code
        </button>
      </p>
    </Form>
  );
}
