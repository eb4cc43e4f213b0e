import { useState, type FormEvent } from 'react';
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
  const [message, setMessage] = useState<Message>(null);
  const [pending, setPending] = useState(false);

  async function attempt(work: () => Promise<Message>) {
    setPending(true);
    setMessage(null);
    try {
      setMessage(await work());
    } catch (error) {
      setMessage({ tone: 'error', text: describeSecondFactorError(error) });
    } finally {
      setPending(false);
    }
  }

  function handleSend(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const phoneNumber = internationalPhoneNumber(number);
    if (!phoneNumber) {
      setMessage({
        tone: 'error',
        text: 'Enter a mobile number, such as 07700 900123 or +44 7700 900123.',
      });
      return;
    }
    void attempt(async () => {
      setVerificationId(await startPhoneEnrolment(user, phoneNumber));
      return { tone: 'success', text: `We have texted a code to ${phoneNumber}.` };
    });
  }

  function handleConfirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!verificationId) return;
    if (!/^\d{6}$/.test(code.trim())) {
      setMessage({ tone: 'error', text: 'Enter the 6-digit code from the text message.' });
      return;
    }
    void attempt(async () => {
      await finishPhoneEnrolment(user, verificationId, code);
      setPhones(enrolledPhones(user));
      setVerificationId(null);
      setNumber('');
      setCode('');
      onEnrolled?.();
      return {
        tone: 'success',
        text: 'Your phone is now your second factor. Each sign-in will ask for a code texted to it.',
      };
    });
  }

  function handleRemove(factorUid: string) {
    void attempt(async () => {
      await removePhone(user, factorUid);
      setPhones(enrolledPhones(user));
      return {
        tone: 'success',
        text: 'Your phone is no longer your second factor. The programme team’s powers stay closed until you set up a phone again.',
      };
    });
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
                disabled={pending}
                onClick={() => handleRemove(phone.uid)}
              >
                Remove<span className="visually-hidden"> the phone {phone.phoneHint}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : verificationId ? (
        <form className="form" onSubmit={handleConfirm} noValidate>
          <div className="field">
            <label htmlFor="second-factor-code">Code from the text message</label>
            <input
              id="second-factor-code"
              inputMode="numeric"
              autoComplete="one-time-code"
              aria-invalid={message?.tone === 'error' ? true : undefined}
              value={code}
              onChange={(event) => setCode(event.target.value)}
            />
          </div>
          <p className="actions">
            <button type="submit" className="button" disabled={pending}>
              {pending ? 'Checking…' : 'Confirm the phone'}
            </button>
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
        </form>
      ) : (
        <form className="form" onSubmit={handleSend} noValidate>
          <div className="field">
            <label htmlFor="second-factor-phone">Mobile number</label>
            <p className="hint" id="second-factor-phone-hint">
              A UK number as you dial it (07…), or any number with its country code (+…).
            </p>
            <div className="inline-field">
              <input
                id="second-factor-phone"
                type="tel"
                autoComplete="tel"
                aria-describedby="second-factor-phone-hint"
                aria-invalid={message?.tone === 'error' ? true : undefined}
                value={number}
                onChange={(event) => setNumber(event.target.value)}
              />
              <button type="submit" className="button small" disabled={pending}>
                {pending ? 'Sending…' : 'Text me a code'}
              </button>
            </div>
          </div>
        </form>
      )}
    </section>
  );
}
