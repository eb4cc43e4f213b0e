import { useState } from 'react';
import { Field, Form, SubmitButton, TextField, failed } from '@/components/form';
import { Alert } from '@/components/ui/alert';
import { useSignedInUser } from '@/lib/firebase/current-user';
import {
  enrolledPhones,
  finishPhoneEnrolment,
  removePhone,
  startPhoneEnrolment,
} from '@/lib/firebase/second-factor';
import {
  describeSecondFactorError,
  internationalPhoneNumber,
} from '@/lib/firebase/second-factor-messages';

type Message = { tone: 'error' | 'success'; text: string } | null;

// Each refusal is caught and described; this is for anything else the kit catches.
const unexpected = describeSecondFactorError(undefined);

/**
 * The programme team's own second factor: a phone that gets a code at every sign-in, so a leaked
 * password alone does not open powers that erase data or change who runs the programme.
 */
export function SecondFactor({ onEnrolled }: { onEnrolled?: () => void }) {
  const user = useSignedInUser();
  const [phones, setPhones] = useState(() => enrolledPhones(user));
  const [number, setNumber] = useState('');
  const [verificationId, setVerificationId] = useState<string | null>(null);
  const [code, setCode] = useState('');
  // Messages whose button goes once they are said (the code sent, the phone confirmed or removed)
  // stay at the top; refusals speak beside the button pressed.
  const [message, setMessage] = useState<Message>(null);
  const [removing, setRemoving] = useState(false);

  async function handleSend() {
    setMessage(null);
    const phoneNumber = internationalPhoneNumber(number);
    if (!phoneNumber) {
      return failed('Enter a mobile number, such as 07700 900123 or +44 7700 900123.');
    }
    try {
      setVerificationId(await startPhoneEnrolment(user, phoneNumber));
    } catch (error) {
      return failed(describeSecondFactorError(error));
    }
    setMessage({ tone: 'success', text: `We have texted a code to ${phoneNumber}.` });
    return undefined;
  }

  async function handleConfirm() {
    setMessage(null);
    if (!verificationId) return undefined;
    if (!/^\d{6}$/.test(code.trim())) {
      return failed('Enter the 6-digit code from the text message.');
    }
    try {
      await finishPhoneEnrolment(user, verificationId, code);
    } catch (error) {
      return failed(describeSecondFactorError(error));
    }
    setPhones(enrolledPhones(user));
    setVerificationId(null);
    setNumber('');
    setCode('');
    onEnrolled?.();
    setMessage({
      tone: 'success',
      text: 'Your phone is now your second factor. Each sign-in will ask for a code texted to it.',
    });
    return undefined;
  }

  async function handleRemove(factorUid: string) {
    setRemoving(true);
    setMessage(null);
    try {
      await removePhone(user, factorUid);
      setPhones(enrolledPhones(user));
      setMessage({
        tone: 'success',
        text: 'Your phone is no longer your second factor. The programme team’s powers stay closed until you set up a phone again.',
      });
    } catch (error) {
      setMessage({ tone: 'error', text: describeSecondFactorError(error) });
    } finally {
      setRemoving(false);
    }
  }

  return (
    <section className="card" aria-labelledby="second-factor-heading">
      <h2 id="second-factor-heading">Your second factor</h2>
      <p className="hint">
        The programme team’s powers need a sign-in with your password and a code texted to your
        phone, so a password someone else learns is not enough to erase data or change the programme
        team.
      </p>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      {phones.length > 0 ? (
        <ul className="plain-list" aria-label="Your second factors">
          {phones.map((phone) => (
            <li key={phone.uid}>
              {phone.displayName ?? 'Phone'}: {phone.phoneHint}{' '}
              <button
                type="button"
                className="link-button danger"
                disabled={removing}
                onClick={() => void handleRemove(phone.uid)}
              >
                Remove<span className="visually-hidden"> the phone {phone.phoneHint}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : verificationId ? (
        <Form onSubmit={handleConfirm} failure={unexpected}>
          <TextField
            id="second-factor-code"
            label="Code from the text message"
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            onChange={setCode}
          />
          <p className="actions">
            <SubmitButton pendingLabel="Checking…">Confirm the phone</SubmitButton>
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                setVerificationId(null);
                setMessage(null);
              }}
            >
              Cancel
            </button>
          </p>
        </Form>
      ) : (
        <Form onSubmit={handleSend} failure={unexpected}>
          <Field
            id="second-factor-phone"
            label="Mobile number"
            hint="A UK number as you dial it (07…), or any number with its country code (+…)."
          >
            {(control) => (
              <div className="inline-field">
                <input
                  {...control}
                  type="tel"
                  autoComplete="tel"
                  value={number}
                  onChange={(event) => setNumber(event.target.value)}
                />
                <SubmitButton className="button small" pendingLabel="Sending…">
                  Text me a code
                </SubmitButton>
              </div>
            )}
          </Field>
        </Form>
      )}
    </section>
  );
}
